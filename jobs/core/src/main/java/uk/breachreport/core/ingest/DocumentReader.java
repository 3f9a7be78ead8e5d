package uk.breachreport.core.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Reads any supported answer file into rows, after checking that its bytes are what its name
 * says: a reject reason names the mismatch (a text file called .xlsx, an encrypted workbook).
 */
public final class DocumentReader {

  private DocumentReader() {}

  public static void read(String fileName, byte[] bytes, RowSink sink)
      throws UnreadableFileException {
    FileFormat format = FileFormat.ofName(fileName);
    if (format == FileFormat.UNSUPPORTED) {
      throw new UnreadableFileException(
          "unsupported file type: expected .xlsx, .xlsm, .xls, .csv, .txt or .docx");
    }
    if (bytes.length == 0) {
      throw new UnreadableFileException("empty file (0 bytes)");
    }
    switch (format) {
      case XLSX -> {
        requireZip(bytes, "an .xlsx workbook");
        XlsxReader.read(bytes, sink);
      }
      case DOCX -> {
        requireZip(bytes, "a .docx document");
        DocxReader.read(bytes, sink);
      }
      case XLS -> {
        if (!FileFormat.isOle2(bytes)) {
          throw new UnreadableFileException(
              FileFormat.isZip(bytes)
                  ? "named .xls but is a zip (probably an .xlsx renamed): rename it to .xlsx"
                  : "named .xls but is not an Excel 97-2003 workbook (" + describe(bytes) + ")");
        }
        XlsReader.read(bytes, sink);
      }
      case CSV -> TextReader.read(bytes, true, sink);
      case TXT -> TextReader.read(bytes, false, sink);
      default -> throw new IllegalStateException(format.name());
    }
  }

  private static void requireZip(byte[] bytes, String expected) throws UnreadableFileException {
    if (FileFormat.isZip(bytes)) {
      return;
    }
    if (FileFormat.isOle2(bytes)) {
      throw new UnreadableFileException(isEncrypted(bytes)
          ? "encrypted or password-protected file: ask the council for an unprotected copy"
          : "not " + expected + ": it is an old binary Office file (rename .xls or .doc)");
    }
    throw new UnreadableFileException("not " + expected + ": " + describe(bytes));
  }

  private static boolean isEncrypted(byte[] bytes) {
    try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(bytes))) {
      return fs.getRoot().hasEntry("EncryptionInfo");
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  /** What the bytes look like, for a reject reason. */
  static String describe(byte[] bytes) {
    if (bytes.length >= 4 && bytes[0] == '%' && bytes[1] == 'P' && bytes[2] == 'D' && bytes[3] == 'F') {
      return "its content is a PDF";
    }
    int printable = 0;
    int sample = Math.min(bytes.length, 512);
    for (int i = 0; i < sample; i++) {
      int b = bytes[i] & 0xFF;
      if (b == '\n' || b == '\r' || b == '\t' || (b >= 0x20 && b != 0x7F)) {
        printable++;
      }
    }
    return printable == sample ? "its content is plain text" : "its content is not recognised";
  }
}
