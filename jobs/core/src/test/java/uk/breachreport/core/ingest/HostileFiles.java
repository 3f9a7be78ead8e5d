package uk.breachreport.core.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.function.Supplier;
import java.util.zip.ZipEntry;
import org.apache.poi.hssf.record.crypto.Biff8EncryptionKey;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;

/**
 * The hostile and broken answer files, made from scratch: each one with the reject reason (or
 * its stable start) a user must see for it. None names a council, so a run on the sample plus
 * these files keeps the sample's figures. Bytes are made on demand: the bombs take a moment.
 */
final class HostileFiles {

  /** One hostile file: its name, what it is, the reason it must be rejected with. */
  record Hostile(String file, String what, String reason, Supplier<byte[]> bytes) {
    Hostile {
      bytes = once(bytes);
    }

    @Override
    public String toString() {
      return file;
    }
  }

  static final String SHEET = "xl/worksheets/sheet1.xml";
  static final String DOCUMENT = "word/document.xml";
  static final String SPREADSHEET_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
  /** What a run over sample + hostile files may expand a bomb to, and fast. */
  static final long GIBIBYTE = 1L << 30;
  static final String ENCRYPTED =
      "encrypted or password-protected: ask the council for an unprotected copy";
  static final String TRUNCATED = "truncated: the zip archive has no end record, so the file was"
      + " cut short (an incomplete download or attachment); ask for it again";

  private static final ZonedDateTime SAVED = ZonedDateTime.of(2014, 5, 1, 9, 30, 0, 0, ZoneOffset.UTC);

  private HostileFiles() {}

  /**
   * Every hostile file. {@code entityTarget} is the URI the XML-entity files try to read (a file
   * holding a marker in tests, {@code file:///etc/passwd} in the written corpus).
   */
  static List<Hostile> all(String entityTarget) {
    List<Hostile> all = new ArrayList<>();
    // Zip bombs: each expands past a limit long before it could fill memory.
    all.add(new Hostile("hostile-zip-bomb.xlsx", "a sheet of 1 GiB of spaces in 6.5 MB",
        bomb(SHEET), () -> withEntry(workbook(), sheetBomb(), false)));
    all.add(new Hostile("hostile-zip-bomb.docx", "a document part of 1 GiB of spaces",
        bomb(DOCUMENT), () -> withEntry(document(), documentBomb(), false)));
    all.add(new Hostile("hostile-zip-many-entries.xlsx", "a workbook with 1,500 extra entries",
        "looks like a zip bomb: more than 1,000 entries (limit)", () -> manyEntries(1_500)));

    // XML entities: a DOCTYPE in any part is refused before a parser sees it.
    String entity = "<!DOCTYPE %s [<!ENTITY xxe SYSTEM \"" + entityTarget + "\">]>";
    all.add(entities("hostile-xxe-sheet.xlsx", "an external entity in the sheet", SHEET,
        xml -> withDoctype(xml, entity.formatted("worksheet")).replace("</sheetData>",
            "<row r=\"9\"><c r=\"A9\" t=\"inlineStr\"><is><t>&xxe;</t></is></c></row></sheetData>")));
    all.add(entities("hostile-xxe-shared-strings.xlsx", "an external entity in the shared strings",
        "xl/sharedStrings.xml",
        xml -> withDoctype(xml, entity.formatted("sst")).replaceFirst("<t>", "<t>&xxe;")));
    all.add(entities("hostile-xxe-styles.xlsx", "an external entity in the styles",
        "xl/styles.xml", xml -> withDoctype(xml, entity.formatted("styleSheet"))
            .replaceFirst("(<styleSheet[^>]*>)", "$1&xxe;")));
    all.add(entities("hostile-xxe-workbook.xlsx", "an external entity in the workbook part",
        "xl/workbook.xml", xml -> withDoctype(xml, entity.formatted("workbook"))
            .replaceFirst("(<workbook[^>]*>)", "$1&xxe;")));
    all.add(entities("hostile-xxe-content-types.xlsx", "an external entity in the content types",
        "[Content_Types].xml", xml -> withDoctype(xml, entity.formatted("Types"))));
    all.add(entities("hostile-xxe-relationships.xlsx", "an external entity in the package relations",
        "_rels/.rels", xml -> withDoctype(xml, entity.formatted("Relationships"))));
    all.add(entities("hostile-xxe-external-dtd.xlsx", "the sheet names an external DTD", SHEET,
        xml -> withDoctype(xml, "<!DOCTYPE worksheet SYSTEM \"" + entityTarget + "\">")));
    all.add(new Hostile("hostile-xxe-utf16.xlsx", "an external entity in a UTF-16 sheet",
        doctype(SHEET), () -> RawZip.replace(workbook(), SHEET, e -> RawZip.Entry.deflated(SHEET,
            utf16(withDoctype(e.text(), entity.formatted("worksheet")))))));
    all.add(entities("hostile-billion-laughs.xlsx", "entities that expand to 3 GB", SHEET,
        xml -> withDoctype(xml, billionLaughs()).replace("</sheetData>",
            "<row r=\"9\"><c r=\"A9\" t=\"inlineStr\"><is><t>&lol9;</t></is></c></row></sheetData>")));
    all.add(new Hostile("hostile-xxe-document.docx", "an external entity in a Word document",
        doctype(DOCUMENT), () -> RawZip.editText(document(), DOCUMENT,
            xml -> withDoctype(xml, entity.formatted("w:document"))
                .replaceFirst("<w:t>", "<w:t>&xxe;"))));

    all.add(new Hostile("hostile-nested-tables.docx", "tables nested 1,000 deep",
        "corrupt .docx document: POIException: Node depth exceeds maximum supported depth of 1000",
        () -> RawZip.editText(document(), DOCUMENT, xml -> nestedTables(1_000))));

    // Encrypted, truncated, corrupt.
    all.add(new Hostile("hostile-encrypted.xlsx", "a workbook encrypted with a password (agile)",
        ENCRYPTED, () -> encrypted(workbook())));
    all.add(new Hostile("hostile-encrypted.docx", "a document encrypted with a password",
        ENCRYPTED, () -> encrypted(document())));
    all.add(new Hostile("hostile-encrypted.xls", "an .xls encrypted with a password (RC4)",
        ENCRYPTED, HostileFiles::encryptedXls));
    all.add(new Hostile("hostile-truncated.xlsx", "a workbook cut in half", TRUNCATED,
        () -> half(workbook())));
    all.add(new Hostile("hostile-truncated.docx", "a document cut in half", TRUNCATED,
        () -> half(document())));
    all.add(new Hostile("hostile-truncated.xls", "an .xls cut in half", "corrupt .xls workbook: ",
        () -> half(legacyWorkbook())));
    all.add(new Hostile("hostile-corrupt-deflate.xlsx", "a sheet whose compressed data is broken",
        "corrupt zip archive: ", () -> RawZip.replace(workbook(), SHEET, HostileFiles::broken)));
    all.add(new Hostile("hostile-zip-header-then-garbage.xlsx", "a zip signature then noise",
        TRUNCATED, () -> concat("PK\u0003\u0004".getBytes(StandardCharsets.ISO_8859_1),
            random(20_000, 2))));
    all.add(new Hostile("hostile-random-bytes.xlsx", "random bytes",
        "not an .xlsx workbook: it is binary data of no kind recognised", () -> random(20_000, 1)));
    all.add(new Hostile("hostile-empty.xlsx", "0 bytes", "empty file (0 bytes)", () -> new byte[0]));
    all.add(new Hostile("hostile-empty.csv", "0 bytes", "empty file (0 bytes)", () -> new byte[0]));

    // Bytes that are not what the name says.
    all.add(new Hostile("hostile-pdf-named.xlsx", "a PDF saved as .xlsx",
        "not an .xlsx workbook: it is a PDF; rename it to .pdf",
        HostileFiles::pdf));
    all.add(new Hostile("hostile-workbook-named.csv", "an .xlsx saved as .csv",
        "not text: it is an Excel workbook (.xlsx); rename it to .xlsx", HostileFiles::workbook));
    all.add(new Hostile("hostile-document-named.xlsx", "a .docx saved as .xlsx",
        "not an .xlsx workbook: it is a Word document (.docx); rename it to .docx",
        HostileFiles::document));
    all.add(new Hostile("hostile-legacy-named.xlsx", "an .xls saved as .xlsx",
        "not an .xlsx workbook: it is an Excel 97-2003 workbook (.xls); rename it to .xls",
        HostileFiles::legacyWorkbook));
    all.add(new Hostile("hostile-web-page-named.xls", "an HTML table saved as .xls",
        "not an .xls workbook: it is a web page (HTML), as some systems export 'Excel' files;"
            + " open it in Excel and save it as .xlsx",
        () -> ("<html><body><table><tr><td>Date</td><td>Description</td></tr>"
            + "<tr><td>05/06/2012</td><td>Letter to wrong address</td></tr></table></body></html>")
            .getBytes(StandardCharsets.UTF_8)));
    all.add(new Hostile("hostile-xlsb-named.xlsx", "an Excel binary workbook saved as .xlsx",
        "not an .xlsx workbook: it is an Excel binary workbook (.xlsb); rename it to .xlsb",
        () -> RawZip.write(List.of(
                RawZip.Entry.deflated("[Content_Types].xml", "<Types/>"),
                RawZip.Entry.deflated("xl/workbook.bin", new byte[64])))));
    all.add(new Hostile("hostile-ods-named.xlsx", "an OpenDocument spreadsheet saved as .xlsx",
        "not an .xlsx workbook: it is an OpenDocument file (.ods or .odt); rename it to .ods or .odt",
        HostileFiles::openDocument));
    all.add(new Hostile("hostile-binary-named.csv", "random bytes saved as .csv",
        "not text: it is binary data of no kind recognised", () -> random(5_000, 3)));
    all.add(new Hostile("hostile-nul-bytes.txt", "a letter with NUL bytes after its first page",
        "not text: binary data (a NUL byte at character 8000)",
        () -> ("a".repeat(8000) + "\0\0\0\0").getBytes(StandardCharsets.US_ASCII)));
    all.add(new Hostile("hostile-broken.pdf", "a PDF with no page tree",
        "corrupt PDF: IOException: Page tree root must be a dictionary", HostileFiles::pdf));
    all.add(new Hostile("hostile-unsupported.pptx", "a presentation",
        "unsupported file type: expected .xlsx, .xlsm, .xlsb, .xls, .ods, .csv, .tsv, .txt, .docx,"
            + " .doc, .odt, .pdf, .htm, .html, .eml, .msg or .zip", HostileFiles::pdf));

    // Beyond the sheet limits.
    all.add(new Hostile("hostile-wide.csv", "a row with 1,001 values",
        "too wide: row 4 has a value in column ALM (1001), beyond the 1,000 columns limit",
        () -> (INCIDENT_CSV + "x,".repeat(1000) + "x\n").getBytes(StandardCharsets.UTF_8)));
    all.add(new Hostile("hostile-wide.xlsx", "a value in column ALM",
        "too wide: sheet 'Breaches' row 9 has a value in column ALM (1001), beyond the 1,000 columns limit",
        () -> withSheetRow("<row r=\"9\"><c r=\"ALM9\" t=\"inlineStr\"><is><t>x</t></is></c></row>")));
    all.add(new Hostile("hostile-forged-cell-reference.xlsx",
        "a cell reference 2 billion columns to the right",
        "too wide: sheet 'Breaches' row 9 has a value in column FXSHRXX, beyond the 1,000 columns limit",
        () -> withSheetRow("<row r=\"9\"><c r=\"FXSHRXX9\" t=\"inlineStr\"><is><t>x</t></is></c></row>")));
    all.add(new Hostile("hostile-forged-row-number.xlsx", "a row numbered 3,000,000",
        "too long: sheet 'Breaches' row 3,000,000 is beyond the limit of 2,000,000 rows per sheet",
        () -> withSheetRow("<row r=\"3000000\"><c r=\"A3000000\" t=\"inlineStr\"><is><t>x</t></is></c></row>")));
    all.add(new Hostile("hostile-too-many-rows.csv", "2,000,001 lines",
        "too long: the file has more than 2,000,000 rows (limit per sheet)",
        () -> "1\n".repeat(2_000_001).getBytes(StandardCharsets.US_ASCII)));
    all.add(new Hostile("hostile-long-cell.csv", "a description of 40,000 characters",
        "cell too long: row 2 column B (2) holds 40,000 characters, over the limit of 32,767,"
            + " Excel's own maximum (in a CSV, usually a quote left open)",
        () -> ("Date,Description,Type\n05/06/2012,\"" + "x".repeat(40_000) + "\",Email\n")
            .getBytes(StandardCharsets.UTF_8)));
    all.add(new Hostile("hostile-long-cell.xlsx", "a forged cell of 40,000 characters",
        "cell too long: sheet 'Breaches' row 9 column A (1) holds 40,000 characters, over the"
            + " limit of 32,767, Excel's own maximum",
        () -> withSheetRow("<row r=\"9\"><c r=\"A9\" t=\"inlineStr\"><is><t>" + "x".repeat(40_000)
            + "</t></is></c></row>")));
    all.add(new Hostile("hostile-open-quote.csv", "a quote opened and never closed",
        "malformed CSV: ", () -> ("Date,Description,Type\n05/06/2012,\"Email sent to,Email\n"
            + "06/06/2012,Letter,Post\n").getBytes(StandardCharsets.UTF_8)));
    return List.copyOf(all);
  }

  /** Made at most once: a bomb takes a second to write and two tests read it. */
  private static Supplier<byte[]> once(Supplier<byte[]> make) {
    byte[][] made = new byte[1][];
    return () -> {
      if (made[0] == null) {
        made[0] = make.get();
      }
      return made[0];
    };
  }

  static String bomb(String entry) {
    return "looks like a zip bomb: entry '" + entry + "' expands more than 100 times its"
        + " compressed size (limit)";
  }

  static String doctype(String entry) {
    return "refused: entry '" + entry + "' declares an XML DOCTYPE, which Office never writes and"
        + " which could make the reader fetch local files or expand entities without end";
  }

  private static Hostile entities(String file, String what, String part,
      java.util.function.UnaryOperator<String> edit) {
    return new Hostile(file, what, doctype(part), () -> {
      byte[] base = part.equals(DOCUMENT) ? document() : workbook();
      return RawZip.editText(base, part, edit);
    });
  }

  // ---- the files a council might really send, as the hostile ones' starting points ----

  /** A small incident log, written by POI: shared strings, styles, one sheet "Breaches". */
  static byte[] workbook() {
    return workbook(ROWS);
  }

  static byte[] workbook(String[][] rows) {
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      fill(wb.createSheet("Breaches"), rows);
      wb.getProperties().getCoreProperties().setCreated(Optional.of(Date.from(SAVED.toInstant())));
      return normalised(bytes(wb));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static byte[] legacyWorkbook() {
    return legacyWorkbook(ROWS);
  }

  static byte[] legacyWorkbook(String[][] rows) {
    try (HSSFWorkbook wb = new HSSFWorkbook()) {
      fill(wb.createSheet("Breaches"), rows);
      return bytes(wb);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A short letter and the same incident log as a Word table. */
  static byte[] document() {
    return document(ROWS);
  }

  static byte[] document(String[][] rows) {
    try (XWPFDocument doc = new XWPFDocument()) {
      doc.createParagraph().createRun().setText("Freedom of Information request: data breaches");
      XWPFTable table = doc.createTable(rows.length, rows[0].length);
      for (int r = 0; r < rows.length; r++) {
        for (int c = 0; c < rows[r].length; c++) {
          table.getRow(r).getCell(c).setText(rows[r][c]);
        }
      }
      doc.getProperties().getCoreProperties().setCreated(Optional.of(Date.from(SAVED.toInstant())));
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.write(out);
      return normalised(out.toByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A CSV incident log's first lines, header and two rows. */
  static final String INCIDENT_CSV = "Date,Description,Type of breach\n"
      + "05/06/2012,Email sent to the wrong recipient,Email\n"
      + "12/11/2012,Laptop stolen from a car,Device\n";

  static final String[][] ROWS = {
      {"Date", "Description", "Type of breach"},
      {"05/06/2012", "Email sent to the wrong recipient", "Email"},
      {"12/11/2012", "Laptop stolen from a car", "Device"},
  };

  private static void fill(Sheet sheet, String[][] rows) {
    for (int r = 0; r < rows.length; r++) {
      Row row = sheet.createRow(r);
      for (int c = 0; c < rows[r].length; c++) {
        row.createCell(c).setCellValue(rows[r][c]);
      }
    }
  }

  private static byte[] bytes(Workbook wb) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    wb.write(out);
    return out.toByteArray();
  }

  /** Re-zipped with fixed entry times, so the same code writes the same bytes. */
  private static byte[] normalised(byte[] zip) {
    return RawZip.write(RawZip.entries(zip));
  }

  // ---- the ways to break them ----

  static String sheetStart() {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"" + SPREADSHEET_NS
        + "\"><sheetData>";
  }

  /** The workbook with one more row at the end of its sheet. */
  static byte[] withSheetRow(String rowXml) {
    return RawZip.editText(workbook(), SHEET, xml -> xml.replace("</sheetData>", rowXml + "</sheetData>"));
  }

  static byte[] withEntry(byte[] zip, RawZip.Entry entry, boolean descriptors) {
    return RawZip.replace(zip, entry.name(), e -> entry, descriptors);
  }

  /** Valid sheet XML whose whitespace inflates to a gibibyte. */
  static RawZip.Entry sheetBomb() {
    return DeflateBomb.entry(SHEET, sheetStart(), GIBIBYTE, "</sheetData></worksheet>");
  }

  static RawZip.Entry documentBomb() {
    return DeflateBomb.entry(DOCUMENT, "<?xml version=\"1.0\"?><w:document xmlns:w=\"http://"
        + "schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>", GIBIBYTE,
        "</w:body></w:document>");
  }

  static String withDoctype(String xml, String doctype) {
    int declarationEnd = xml.startsWith("<?xml") ? xml.indexOf("?>") + 2 : 0;
    return xml.substring(0, declarationEnd) + doctype + xml.substring(declarationEnd);
  }

  /** Each level holds a little random text, so the part compresses no better than a real one. */
  private static String nestedTables(int depth) {
    Random random = new Random(depth);
    StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document"
        + " xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>");
    for (int i = 0; i < depth; i++) {
      xml.append("<w:tbl><w:tr><w:tc><w:p><w:r><w:t>").append(Long.toHexString(random.nextLong()))
          .append("</w:t></w:r></w:p>");
    }
    xml.append("</w:tc></w:tr></w:tbl>".repeat(depth));
    return xml.append("</w:body></w:document>").toString();
  }

  private static String billionLaughs() {
    StringBuilder dtd = new StringBuilder("<!DOCTYPE worksheet [<!ENTITY lol0 \"lol\">");
    for (int i = 1; i <= 9; i++) {
      String previous = "&lol" + (i - 1) + ";";
      dtd.append("<!ENTITY lol").append(i).append(" \"").append(previous.repeat(10)).append("\">");
    }
    return dtd.append("]>").toString();
  }

  private static byte[] utf16(String xml) {
    String declared = xml.replaceFirst("encoding=\"UTF-8\"", "encoding=\"UTF-16\"");
    return concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, declared.getBytes(StandardCharsets.UTF_16LE));
  }

  private static byte[] manyEntries(int extra) {
    List<RawZip.Entry> entries = new ArrayList<>(RawZip.entries(workbook()));
    for (int i = 0; i < extra; i++) {
      entries.add(RawZip.Entry.deflated("xl/media/image" + i + ".png", new byte[] {(byte) i}));
    }
    return RawZip.write(entries);
  }

  /** Deflate block type 3 does not exist: every inflater stops at the entry's first byte. */
  private static RawZip.Entry broken(RawZip.Entry e) {
    byte[] data = e.data().clone();
    data[0] = 0x07;
    return new RawZip.Entry(e.name(), ZipEntry.DEFLATED, e.crc(), e.size(), data);
  }

  static byte[] encrypted(byte[] ooxml) {
    try (POIFSFileSystem fs = new POIFSFileSystem()) {
      EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
      Encryptor encryptor = info.getEncryptor();
      encryptor.confirmPassword("breaches2014");
      try (OPCPackage pkg = OPCPackage.open(new java.io.ByteArrayInputStream(ooxml));
          OutputStream out = encryptor.getDataStream(fs)) {
        pkg.save(out);
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      fs.writeFilesystem(out);
      return out.toByteArray();
    } catch (Exception e) {
      throw new IllegalStateException("cannot encrypt the test file", e);
    }
  }

  /** BIFF8 RC4 encryption: POI encrypts on write while the thread has a password set. */
  static byte[] encryptedXls() {
    Biff8EncryptionKey.setCurrentUserPassword("breaches2014");
    try {
      return legacyWorkbook();
    } finally {
      Biff8EncryptionKey.setCurrentUserPassword(null);
    }
  }

  private static byte[] openDocument() {
    RawZip.Entry mimetype = new RawZip.Entry("mimetype", ZipEntry.STORED,
        RawZip.crc(ODS.getBytes(StandardCharsets.US_ASCII)), ODS.length(),
        ODS.getBytes(StandardCharsets.US_ASCII));
    return RawZip.write(List.of(mimetype, RawZip.Entry.deflated("content.xml", "<office:document-content/>")));
  }

  private static final String ODS = "application/vnd.oasis.opendocument.spreadsheet";

  static byte[] pdf() {
    return ("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")
        .getBytes(StandardCharsets.US_ASCII);
  }

  static byte[] half(byte[] bytes) {
    return Arrays.copyOf(bytes, bytes.length / 2);
  }

  static byte[] random(int length, long seed) {
    byte[] bytes = new byte[length];
    new Random(seed).nextBytes(bytes);
    return bytes;
  }

  static byte[] concat(byte[] a, byte[] b) {
    byte[] both = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, both, a.length, b.length);
    return both;
  }
}
