package uk.breachreport.core.ingest;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.openxml4j.util.ZipArchiveFakeEntry;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import uk.breachreport.core.model.RowSink;

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
      throw new UnreadableFileException("unsupported file type: expected " + FileFormat.EXTENSIONS);
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
    boolean ooxml = format == FileFormat.XLSX || format == FileFormat.DOCX
        || format == FileFormat.XLSB;
    boolean zipped = ooxml || format == FileFormat.ODF || format == FileFormat.ZIP;
    OfficePackage scanned = null;
    if (zipped && content.isZip()) {
      // Cut short, bomb or entities first: they matter more than what the zip claims to hold.
      // The parts of a workbook or document are kept as the scan inflates them, for its reader.
      boolean kept = format == FileFormat.XLSX || format == FileFormat.DOCX;
      scanned = ZipScan.scan(bytes, limits, kept ? OfficePackage.keepBytes(bytes.length) : 0);
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
        case XLSX -> XlsxReader.read(scanned, limited, limits);
        case DOCX -> DocxReader.read(scanned, limited);
        case XLSB -> XlsbReader.read(bytes, limited, limits);
        case XLS -> {
          if (content == ContentKind.XLS_BIFF5) {
            OldXlsReader.read(bytes, limited);
          } else {
            XlsReader.read(bytes, limited);
          }
        }
        case ODF -> OpenDocumentReader.read(bytes, limited, limits);
        case CSV -> TextReader.read(bytes, true, limited);
        case TXT -> TextReader.read(bytes, false, limited);
        case DOC -> DocReader.read(bytes, limited);
        case PDF -> PdfReader.read(bytes, limited, limits);
        case HTML -> HtmlReader.read(TextReader.decode(bytes), List.of(), limited, limits);
        case EML -> body(Email.eml(bytes), limited, limits);
        case MSG -> body(Email.msg(bytes), limited, limits);
        case ZIP -> throw new UnreadableFileException(
            "a zip archive holds no answer of its own: its entries are read as answers");
        default -> throw new IllegalStateException(format.name());
      }
    } catch (LimitedSink.LimitExceeded e) {
      throw new UnreadableFileException(e.getMessage());
    }
  }

  /** An email's subject and body, in words or in HTML with its tables, as its rows. */
  private static void body(Email email, RowSink sink, IngestLimits limits)
      throws UnreadableFileException {
    List<String> subject = email.subject().isBlank() ? List.of()
        : List.of("Subject: " + email.subject());
    if (email.html()) {
      HtmlReader.read(email.body(), subject, sink, limits);
    } else {
      String text = String.join("\n", subject) + "\n\n" + email.body();
      TextReader.read(text.getBytes(StandardCharsets.UTF_8), false, sink);
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
