package uk.breachreport.core.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * What a file's bytes are, whatever its name says, told from magic numbers and the names a zip
 * or OLE2 container lists, so a reject says what the user actually sent and how to fix it: a
 * workbook saved as .csv, a PDF or a web page called .xls. Nothing here parses XML or inflates.
 */
enum ContentKind {
  // The zip-based kinds come first, up to ZIP.
  XLSX("an Excel workbook (.xlsx)", "rename it to .xlsx", EnumSet.of(FileFormat.XLSX)),
  DOCX("a Word document (.docx)", "rename it to .docx", EnumSet.of(FileFormat.DOCX)),
  /** A package with content types but no part we know by name: the readers decide. */
  OOXML("an Office Open XML file", "", EnumSet.of(FileFormat.XLSX, FileFormat.DOCX)),
  XLSB("an Excel binary workbook (.xlsb)", "rename it to .xlsb", EnumSet.of(FileFormat.XLSB)),
  PPTX("a PowerPoint presentation (.pptx)", "ask the council for the table as a spreadsheet",
      Set.of()),
  OPEN_DOCUMENT("an OpenDocument file (.ods or .odt)", "rename it to .ods or .odt",
      EnumSet.of(FileFormat.ODF)),
  ZIP("a zip archive", "rename it to .zip", EnumSet.of(FileFormat.ZIP)),
  XLS("an Excel 97-2003 workbook (.xls)", "rename it to .xls", EnumSet.of(FileFormat.XLS)),
  /** Excel 5/95 (BIFF5): a workbook stream named "Book"; read as text rows. */
  XLS_BIFF5("an Excel 5.0/95 workbook (.xls)", "rename it to .xls", EnumSet.of(FileFormat.XLS)),
  DOC("a Word 97-2003 document (.doc)", "rename it to .doc", EnumSet.of(FileFormat.DOC)),
  MSG("an Outlook message (.msg)", "rename it to .msg", EnumSet.of(FileFormat.MSG)),
  ENCRYPTED("an encrypted or password-protected Office file", "", Set.of()),
  /** An OLE2 container POI cannot list (cut short, corrupt): the .xls reader says what is wrong. */
  OLE2("an old binary Office file", "",
      EnumSet.of(FileFormat.XLS, FileFormat.DOC, FileFormat.MSG)),
  PDF("a PDF", "rename it to .pdf", EnumSet.of(FileFormat.PDF)),
  XML_SPREADSHEET("an Excel 2003 XML spreadsheet", "open it in Excel and save it as .xlsx",
      Set.of()),
  HTML("a web page (HTML), as some systems export 'Excel' files",
      "open it in Excel and save it as .xlsx, or rename it to .html", EnumSet.of(FileFormat.HTML)),
  RTF("a Rich Text document (.rtf)", "open it in Word and save it as .docx", Set.of()),
  /** Text is also what an .eml is, and a page of HTML that starts with neither tag. */
  TEXT("plain text", "rename it to .csv or .txt",
      EnumSet.of(FileFormat.CSV, FileFormat.TXT, FileFormat.EML, FileFormat.HTML)),
  BINARY("binary data of no kind recognised", "", Set.of());

  /** Enough of a text file's start to tell text from HTML, RTF and binary. */
  private static final int TEXT_HEAD = 4096;
  /**
   * A zip names its entries in each local header and again in the central directory at its end;
   * the first entries (content types, workbook) sit in the head even when the file is cut short.
   */
  private static final int ZIP_HEAD = 64 * 1024;
  private static final int ZIP_TAIL = 256 * 1024;

  private final String description;
  private final String fix;
  private final Set<FileFormat> readableAs;

  ContentKind(String description, String fix, Set<FileFormat> readableAs) {
    this.description = description;
    this.fix = fix;
    this.readableAs = readableAs;
  }

  boolean isZip() {
    return ordinal() <= ZIP.ordinal();
  }

  boolean readableAs(FileFormat format) {
    return readableAs.contains(format);
  }

  /** "it is a PDF; ask the council for ..." */
  String whatItIs() {
    return "it is " + description + (fix.isEmpty() ? "" : "; " + fix);
  }

  static ContentKind of(byte[] bytes) {
    if (startsWith(bytes, "%PDF")) {
      return PDF;
    }
    // A zip starts with a local entry, or with its end record when it is empty.
    if (startsWith(bytes, "PK\u0003\u0004") || startsWith(bytes, "PK\u0005\u0006")) {
      return zip(bytes);
    }
    if (startsWith(bytes, "\u00D0\u00CF\u0011\u00E0\u00A1\u00B1\u001A\u00E1")) {
      return ole2(bytes);
    }
    return text(bytes);
  }

  private static ContentKind zip(byte[] bytes) {
    if (namesEntry(bytes, "xl/workbook.bin")) {
      return XLSB;
    }
    if (namesEntry(bytes, "xl/workbook.xml")) {
      return XLSX;
    }
    if (namesEntry(bytes, "word/document")) {
      return DOCX;
    }
    if (namesEntry(bytes, "ppt/presentation")) {
      return PPTX;
    }
    if (namesEntry(bytes, "application/vnd.oasis.opendocument")) {
      return OPEN_DOCUMENT; // its first entry, "mimetype", is stored uncompressed
    }
    return namesEntry(bytes, "[Content_Types].xml") ? OOXML : ZIP;
  }

  private static boolean namesEntry(byte[] bytes, String name) {
    byte[] needle = name.getBytes(StandardCharsets.ISO_8859_1);
    int tail = Math.max(0, bytes.length - ZIP_TAIL);
    return indexOf(bytes, needle, 0, Math.min(bytes.length, ZIP_HEAD)) >= 0
        || indexOf(bytes, needle, tail, bytes.length) >= 0;
  }

  private static ContentKind ole2(byte[] bytes) {
    try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(bytes))) {
      DirectoryNode root = fs.getRoot();
      if (root.hasEntry("EncryptionInfo") || root.hasEntry("EncryptedPackage")) {
        return ENCRYPTED;
      }
      if (root.hasEntry("Workbook") || root.hasEntry("WORKBOOK")) {
        return XLS;
      }
      if (root.hasEntry("Book")) {
        return XLS_BIFF5;
      }
      if (root.hasEntry("__properties_version1.0")) {
        return MSG;
      }
      return root.hasEntry("WordDocument") ? DOC : OLE2;
    } catch (IOException | RuntimeException e) {
      return OLE2;
    }
  }

  private static ContentKind text(byte[] bytes) {
    String head = TextReader.decode(
        bytes.length > TEXT_HEAD ? Arrays.copyOf(bytes, TEXT_HEAD) : bytes).stripLeading();
    String lower = head.toLowerCase(Locale.ROOT);
    if (lower.startsWith("{\\rtf")) {
      return RTF;
    }
    if (lower.startsWith("<?xml") && lower.contains("urn:schemas-microsoft-com:office:spreadsheet")) {
      return XML_SPREADSHEET;
    }
    if (lower.startsWith("<!doctype html") || lower.startsWith("<html") || lower.startsWith("<table")
        || (lower.startsWith("<?xml") && lower.contains("<html"))) {
      return HTML;
    }
    return head.indexOf('\0') >= 0 || controlHeavy(head) ? BINARY : TEXT;
  }

  /** Text has line breaks and tabs but hardly any other control characters. */
  private static boolean controlHeavy(String head) {
    long controls = head.chars()
        .filter(c -> c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f')
        .count();
    return controls * 20 > head.length();
  }

  private static boolean startsWith(byte[] bytes, String ascii) {
    byte[] magic = ascii.getBytes(StandardCharsets.ISO_8859_1);
    if (bytes.length < magic.length) {
      return false;
    }
    for (int i = 0; i < magic.length; i++) {
      if (bytes[i] != magic[i]) {
        return false;
      }
    }
    return true;
  }

  /** Where {@code needle} starts in {@code bytes[from, to)}, or -1. */
  static int indexOf(byte[] bytes, byte[] needle, int from, int to) {
    outer:
    for (int i = from; i <= to - needle.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (bytes[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
