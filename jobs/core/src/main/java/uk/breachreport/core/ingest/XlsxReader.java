package uk.breachreport.core.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler.SheetContentsHandler;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.model.Styles;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;
import uk.breachreport.core.model.RowSink;
import uk.breachreport.core.model.SheetRow;

/**
 * Streams an .xlsx/.xlsm workbook sheet by sheet through POI's SAX sheet reader, so a sheet of a
 * million rows never sits in memory as a whole. Formulas give their cached values. The parts are
 * found in the entries the zip scan kept ({@link OfficePackage}), as POI's XSSFReader finds them,
 * without opening an OPCPackage (which parses every relationships part with a DOM and inflates
 * every entry again); a package it does not claim to read as POI does is read by POI.
 */
final class XlsxReader {

  private static final Pattern DATE_1904 = Pattern.compile("date1904\\s*=\\s*\"(1|true)\"");
  /**
   * Opened from bytes, POI holds every part of a workbook inflated in memory: a sheet of a million
   * rows is hundreds of MB of XML. Past this size POI opens the workbook from a temporary file
   * instead, from which it streams each part; and the zip scan keeps only the small parts,
   * the sheets being inflated again from the zip as they are read.
   */
  static final int IN_MEMORY_BYTES = 4 * 1024 * 1024;
  /** Why a sheet is skipped: hidden sheets hold drop-down lists and working data, not answers. */
  static final String HIDDEN = "hidden sheet";
  static final String VERY_HIDDEN = "very hidden sheet";

  /**
   * One SAX parser per thread, reused for every part it reads: a new one (POI's
   * {@code XMLHelper.newXMLReader}) costs more than parsing a small sheet. Each parse resets it.
   */
  private static final ThreadLocal<XMLReader> SAX = ThreadLocal.withInitial(() -> {
    try {
      return XMLHelper.newXMLReader();
    } catch (SAXException | ParserConfigurationException e) {
      throw new IllegalStateException("no SAX parser: " + e.getMessage(), e);
    }
  });

  /** Nothing: what the reused parser holds between parts, so it keeps no file's rows alive. */
  private static final DefaultHandler NOTHING = new DefaultHandler();

  private XlsxReader() {}

  /** One part through this thread's parser, which is let go of the handler afterwards. */
  static void parse(ContentHandler handler, InputStream part) throws IOException, SAXException {
    XMLReader parser = SAX.get();
    parser.setContentHandler(handler);
    try {
      parser.parse(new InputSource(part));
    } finally {
      parser.setContentHandler(NOTHING);
    }
  }

  /**
   * Reads a scanned workbook from the parts the scan kept, resolved as POI's XSSFReader resolves
   * them; a package this reader does not claim to read as POI does is read by POI, as before.
   */
  static void read(OfficePackage scanned, RowSink sink, IngestLimits limits)
      throws UnreadableFileException {
    Workbook workbook;
    try {
      workbook = Workbook.of(scanned.transitional().parts());
    } catch (OfficePackage.NotPlain | IOException | SAXException | RuntimeException e) {
      readWithPoi(scanned.zip(), sink, limits, IN_MEMORY_BYTES);
      return;
    }
    try {
      CellText text = new CellText(workbook.date1904());
      for (Sheet sheet : workbook.sheets()) {
        if (sheet.hidden() != null) {
          sink.skipSheet(sheet.name(), sheet.hidden());
          continue;
        }
        sink.startSheet(sheet.name());
        try (InputStream part = workbook.parts().open(sheet.part())) {
          parse(new XSSFSheetXMLHandler(workbook.styles(), null, workbook.strings(),
              new Rows(sink, sheet.name(), limits), text, false), part);
        }
        sink.endSheet();
      }
    } catch (LimitedSink.LimitExceeded e) {
      throw e;
    } catch (IOException | SAXException | OfficePackage.NotPlain | RuntimeException e) {
      throw UnreadableFileException.corrupt(".xlsx workbook", e);
    }
  }

  /** A sheet as the workbook lists it; {@code hidden} is why it is skipped, or null. */
  record Sheet(String name, String part, String hidden) {}

  /** What reading a workbook's sheets needs, found before the first row is given to the sink. */
  record Workbook(OfficePackage parts, List<Sheet> sheets, boolean date1904, SharedText strings,
      Styles styles) {

    /** Parts found as XSSFReader finds them: by relationship, strings and styles by type. */
    static Workbook of(OfficePackage parts)
        throws OfficePackage.NotPlain, IOException, SAXException {
      String main = parts.only("/", OfficePackage.OFFICE_DOCUMENT);
      byte[] workbook = parts.bytes(main);
      Map<String, String> sheetParts = new HashMap<>();
      for (OfficePackage.Relationship r : parts.relationships(main)) {
        if (SHEET_RELATIONSHIPS.contains(r.type())) {
          if (r.external()) {
            throw new OfficePackage.NotPlain("an external sheet " + r.target());
          }
          sheetParts.put(r.id(), r.target());
        }
      }
      XSSFReader.XMLSheetRefReader refs = new XSSFReader.XMLSheetRefReader();
      parse(refs, new ByteArrayInputStream(workbook));
      Map<String, String> hidden = hiddenSheets(new ByteArrayInputStream(workbook));
      List<Sheet> sheets = new ArrayList<>();
      for (XSSFReader.XSSFSheetRef ref : refs.getSheetRefs()) {
        if (ref.getId() == null || ref.getId().isEmpty()) {
          continue; // as XSSFReader: a sheet without a relationship is silently left out
        }
        String part = sheetParts.get(ref.getId());
        if (part == null || !parts.has(part)) {
          throw new OfficePackage.NotPlain("no part for sheet " + ref.getName());
        }
        sheets.add(new Sheet(ref.getName(), part, hidden.get(ref.getName())));
      }
      return new Workbook(parts, sheets, usesDate1904(new ByteArrayInputStream(workbook)),
          sharedText(open(parts, XSSFRelation.SHARED_STRINGS)),
          numberFormats(open(parts, XSSFRelation.STYLES)));
    }
  }

  /** The sheets XSSFReader reads: worksheets, chart sheets and macro sheets. */
  private static final Set<String> SHEET_RELATIONSHIPS = Set.of(
      XSSFRelation.WORKSHEET.getRelation(), XSSFRelation.CHARTSHEET.getRelation(),
      XSSFRelation.MACRO_SHEET_XML.getRelation());

  /** The one part of a relation's content type, as POI takes the first; null for none. */
  private static InputStream open(OfficePackage parts, XSSFRelation relation)
      throws OfficePackage.NotPlain, IOException {
    List<String> found = parts.partsOfType(relation.getContentType());
    if (found.size() > 1) {
      throw new OfficePackage.NotPlain("two parts of type " + relation.getContentType());
    }
    return found.isEmpty() ? null : parts.open(found.get(0));
  }

  /** The first part of a relation's content type in POI's package; null for none. */
  private static InputStream open(OPCPackage pkg, XSSFRelation relation) throws IOException {
    List<PackagePart> parts = pkg.getPartsByContentType(relation.getContentType());
    return parts.isEmpty() ? null : parts.get(0).getInputStream();
  }

  /**
   * The workbook's shared strings, from the part ReadOnlySharedStringsTable reads (found by
   * content type); none without one.
   */
  private static SharedText sharedText(InputStream part) throws IOException, SAXException {
    try (part) {
      return part == null ? SharedText.none() : SharedText.read(part);
    }
  }

  /** The workbook's styles as the sheet reader needs them, or null when it has none (as POI). */
  private static Styles numberFormats(InputStream part) throws IOException, SAXException {
    try (part) {
      return part == null ? null : NumberFormats.read(part);
    }
  }

  /**
   * POI's own reading through OPCPackage and XSSFReader, for a package {@link OfficePackage} leaves
   * to it. A Strict workbook is first rewritten in the Transitional form POI reads.
   */
  static void readWithPoi(byte[] bytes, RowSink sink, IngestLimits limits, int inMemoryBytes)
      throws UnreadableFileException {
    try {
      if (StrictOoxml.isStrict(bytes)) {
        bytes = StrictOoxml.toTransitional(bytes);
      }
    } catch (IOException | RuntimeException e) {
      throw UnreadableFileException.corrupt(".xlsx workbook", e);
    }
    if (bytes.length <= inMemoryBytes) {
      readWithPoi(bytes, null, sink, limits);
      return;
    }
    Path copy = null;
    try {
      copy = Files.createTempFile("breach-report-", ".xlsx"); // readable by its owner only
      Files.write(copy, bytes);
      readWithPoi(bytes, copy, sink, limits);
    } catch (IOException e) {
      throw UnreadableFileException.corrupt(".xlsx workbook", e);
    } finally {
      deleteQuietly(copy);
    }
  }

  private static void readWithPoi(byte[] bytes, Path copy, RowSink sink, IngestLimits limits)
      throws UnreadableFileException {
    try (OPCPackage pkg = copy == null ? OPCPackage.open(new ByteArrayInputStream(bytes))
        : OPCPackage.open(copy.toFile(), PackageAccess.READ)) {
      XSSFReader reader = new XSSFReader(pkg);
      CellText text;
      try (InputStream workbook = reader.getWorkbookData()) {
        text = new CellText(usesDate1904(workbook));
      }
      SharedStrings strings = sharedText(open(pkg, XSSFRelation.SHARED_STRINGS));
      Styles styles = numberFormats(open(pkg, XSSFRelation.STYLES));
      Map<String, String> hidden;
      try (InputStream workbook = reader.getWorkbookData()) {
        hidden = hiddenSheets(workbook);
      }
      XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
      while (sheets.hasNext()) {
        try (InputStream sheet = sheets.next()) {
          if (hidden.containsKey(sheets.getSheetName())) {
            sink.skipSheet(sheets.getSheetName(), hidden.get(sheets.getSheetName()));
            continue;
          }
          sink.startSheet(sheets.getSheetName());
          parse(new XSSFSheetXMLHandler(styles, null, strings,
              new Rows(sink, sheets.getSheetName(), limits), text, false), sheet);
          sink.endSheet();
        }
      }
    } catch (LimitedSink.LimitExceeded e) {
      throw e;
    } catch (IOException | OpenXML4JException | SAXException | RuntimeException e) {
      throw UnreadableFileException.corrupt(".xlsx workbook", e);
    }
  }

  private static void deleteQuietly(Path file) {
    if (file != null) {
      try {
        Files.deleteIfExists(file);
      } catch (IOException e) {
        file.toFile().deleteOnExit(); // a temporary file, removed when the JVM ends at the latest
      }
    }
  }

  private static boolean usesDate1904(InputStream workbook) throws IOException {
    // workbookPr sits near the top of workbook.xml; no need to parse the whole part.
    String head = new String(workbook.readNBytes(8192), StandardCharsets.UTF_8);
    return DATE_1904.matcher(head).find();
  }

  /** The hidden and very hidden sheets, by name, from the {@code state} of workbook.xml's sheets. */
  private static Map<String, String> hiddenSheets(InputStream workbook)
      throws IOException, SAXException {
    Map<String, String> hidden = new HashMap<>();
    parse(new DefaultHandler() {
      @Override
      public void startElement(String uri, String localName, String qName, Attributes attributes) {
        String state = attributes.getValue("state");
        if ("sheet".equals(localName.isEmpty() ? qName : localName) && state != null) {
          switch (state) {
            case "hidden" -> hidden.put(attributes.getValue("name"), HIDDEN);
            case "veryHidden" -> hidden.put(attributes.getValue("name"), VERY_HIDDEN);
            default -> { } // "visible"
          }
        }
      }
    }, workbook);
    return hidden;
  }

  /**
   * Collects one row's cells, filling the gaps the sparse XML leaves with "", but never past the
   * column limit: one cell at XFD1 would otherwise fill 16,383 blanks, a forged reference billions.
   */
  static final class Rows implements SheetContentsHandler {
    private final RowSink sink;
    private final String sheet;
    private final IngestLimits limits;
    private final List<String> cells = new ArrayList<>();
    private int rowNumber;

    Rows(RowSink sink, String sheet, IngestLimits limits) {
      this.sink = sink;
      this.sheet = sheet;
      this.limits = limits;
    }

    @Override
    public void startRow(int rowNum) {
      cells.clear();
      rowNumber = rowNum + 1;
    }

    @Override
    public void endRow(int rowNum) {
      sink.row(new SheetRow(rowNum + 1, cells));
    }

    @Override
    public void cell(String reference, String value, XSSFComment comment) {
      int column = reference == null ? cells.size() : column(reference);
      if (column < 0 || column >= limits.maxColumns()) {
        if (value == null || value.isBlank()) {
          return; // formatting far to the right holds nothing to lose
        }
        throw LimitedSink.tooWide(sheet, rowNumber, column >= 0 ? LimitedSink.column(column)
            : reference.replaceAll("[0-9]+$", ""), limits);
      }
      while (cells.size() < column) {
        cells.add("");
      }
      cells.add(value == null ? "" : value);
    }

    /**
     * The column of a cell's reference. Nearly every one is plain ("AB12"), read here directly:
     * POI's {@link CellReference} parses it with regular expressions, a tenth of the time of a
     * large sheet. Any other form ("$A$1", lower case) is left to POI.
     */
    static int column(String reference) {
      int column = 0;
      int i = 0;
      while (i < reference.length() && i < 3 && reference.charAt(i) >= 'A'
          && reference.charAt(i) <= 'Z') {
        column = column * 26 + reference.charAt(i) - 'A' + 1;
        i++;
      }
      int digits = i;
      while (digits < reference.length() && reference.charAt(digits) >= '0'
          && reference.charAt(digits) <= '9') {
        digits++;
      }
      return i > 0 && digits > i && digits == reference.length() ? column - 1
          : new CellReference(reference).getCol();
    }
  }
}
