package uk.breachreport.core.ingest;

import org.apache.poi.openxml4j.util.ZipArchiveFakeEntry;
import org.apache.poi.openxml4j.util.ZipSecureFile;

/**
 * Reads any supported answer file into rows, after checking that its bytes are what its name says
 * and are safe to open. Whatever the file holds, it either streams rows into the sink or throws
 * {@link UnreadableFileException} whose message is the reject reason: a workbook saved as .csv, an
 * encrypted or truncated file, a zip bomb, a sheet beyond the {@link IngestLimits}.
 */
public final class DocumentReader {

  private static IngestLimits poiLimits;

  private DocumentReader() {}

  public static void read(String fileName, byte[] bytes, RowSink sink)
      throws UnreadableFileException {
    read(fileName, bytes, sink, IngestLimits.DEFAULT);
  }

  public static void read(String fileName, byte[] bytes, RowSink sink, IngestLimits limits)
      throws UnreadableFileException {
    FileFormat format = FileFormat.ofName(fileName);
    if (format == FileFormat.UNSUPPORTED) {
      throw new UnreadableFileException(
          "unsupported file type: expected .xlsx, .xlsm, .xls, .csv, .txt or .docx");
    }
    if (bytes.length == 0) {
      throw new UnreadableFileException("empty file (0 bytes)");
    }
    if (bytes.length > limits.maxFileBytes()) {
      throw new UnreadableFileException(tooLarge(bytes.length, limits));
    }
    ContentKind content = ContentKind.of(bytes);
    if (content == ContentKind.ENCRYPTED) {
      throw encrypted();
    }
    boolean ooxml = format == FileFormat.XLSX || format == FileFormat.DOCX;
    if (ooxml && content.isZip()) {
      // Cut short, bomb or entities first: they matter more than what the zip claims to hold.
      ZipScan.check(bytes, limits);
    }
    if (!content.readableAs(format)) {
      throw new UnreadableFileException("not " + format.noun() + ": " + content.whatItIs());
    }
    if (ooxml) {
      guardPoi(limits);
    }
    RowSink limited = new LimitedSink(sink, limits, format);
    try {
      switch (format) {
        case XLSX -> XlsxReader.read(bytes, limited, limits);
        case DOCX -> DocxReader.read(bytes, limited);
        case XLS -> XlsReader.read(bytes, limited);
        case CSV -> TextReader.read(bytes, true, limited);
        case TXT -> TextReader.read(bytes, false, limited);
        default -> throw new IllegalStateException(format.name());
      }
    } catch (LimitedSink.LimitExceeded e) {
      throw new UnreadableFileException(e.getMessage());
    }
  }

  /** The reason for a file over {@link IngestLimits#maxFileBytes()}, before or after reading it. */
  public static String tooLarge(long size, IngestLimits limits) {
    return "too large: " + LimitedSink.count(size) + " bytes, over the limit of "
        + LimitedSink.count(limits.maxFileBytes()) + " bytes per file";
  }

  static UnreadableFileException encrypted() {
    return new UnreadableFileException(
        "encrypted or password-protected: ask the council for an unprotected copy");
  }

  /**
   * POI's zip guards are global settings: set once, here, to the same limits {@link ZipScan}
   * applies, before any .xlsx or .docx is opened. POI also caps an entry it holds in memory at
   * 100 MB by default; that cap follows {@code maxEntryBytes}, so the two never disagree.
   */
  static synchronized void guardPoi(IngestLimits limits) {
    if (limits.equals(poiLimits)) {
      return;
    }
    ZipSecureFile.setMinInflateRatio(limits.minInflateRatio());
    ZipSecureFile.setMaxEntrySize(limits.maxEntryBytes());
    ZipSecureFile.setMaxFileCount(limits.maxZipEntries());
    ZipArchiveFakeEntry.setMaxEntrySize((int) limits.maxEntryBytes());
    poiLimits = limits;
  }
}
