package uk.breachreport.core.ingest;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;

/**
 * Walks an .xlsx/.docx zip before it is read, inflating every entry once, so a file that would
 * exhaust memory or smuggle XML entities is rejected with a reason instead of read: POI holds all
 * entries of a package opened from bytes in memory at once, and a truncated zip read as a stream
 * can look whole. It reads the zip with the same commons-compress stream and settings as POI, so
 * it judges exactly the entries POI will see; POI's own {@code ZipSecureFile} limits, set to the
 * same values, stay as a second guard when POI opens the package. What it inflates it can keep
 * ({@link #scan}), so the readers parse each part without inflating it again.
 */
final class ZipScan {

  /** POI's own grace: small entries compress well without being bombs. */
  static final long RATIO_GRACE_BYTES = 100 * 1024;
  private static final int END_RECORD_SIZE = 22;
  private static final int MAX_COMMENT = 0xFFFF;
  private static final byte[] END_RECORD = {0x50, 0x4B, 0x05, 0x06};
  private static final byte[] DOCTYPE = "<!DOCTYPE".getBytes(StandardCharsets.US_ASCII);

  private ZipScan() {}

  /**
   * The walk, keeping the inflated entries a reader will need so that none is inflated twice:
   * every entry while their sizes sum to at most {@code keepBytes} (0: a check only), then none (a
   * reader re-inflates from {@code bytes} what was not kept). Entries are listed in the order the
   * stream meets them.
   */
  static OfficePackage scan(byte[] bytes, IngestLimits limits, long keepBytes)
      throws UnreadableFileException {
    if (!hasEndRecord(bytes)) {
      throw new UnreadableFileException("truncated: the zip archive has no end record, so the"
          + " file was cut short (an incomplete download or attachment); ask for it again");
    }
    List<OfficePackage.Entry> entries = new ArrayList<>();
    long total = 0;
    long kept = 0;
    try (ZipArchiveInputStream zip = new ZipArchiveInputStream(
        new ByteArrayInputStream(bytes), StandardCharsets.UTF_8.name(), false, true)) {
      ZipArchiveEntry entry;
      byte[] buffer = new byte[64 * 1024];
      while ((entry = zip.getNextEntry()) != null) {
        if (entries.size() + 1 > limits.maxZipEntries()) {
          throw bomb("more than " + LimitedSink.count(limits.maxZipEntries()) + " entries (limit)");
        }
        // An entry that says it is larger than the room left is not copied only to be dropped.
        Keeper keeper = new Keeper(entry.getSize() > keepBytes - kept ? 0 : keepBytes - kept,
            entry.getSize());
        long size = inflate(zip, entry.getName(), buffer, limits, total, keeper);
        total += size;
        byte[] data = keeper.data();
        kept += data == null ? 0 : data.length;
        entries.add(new OfficePackage.Entry(entry.getName(), entry.isDirectory(), data));
      }
    } catch (IOException | RuntimeException e) {
      throw new UnreadableFileException(
          "corrupt zip archive: " + UnreadableFileException.summary(e), e);
    }
    return new OfficePackage(bytes, entries);
  }

  /** One entry's inflated bytes while they fit in what may still be kept; then nothing. */
  private static final class Keeper {
    private final long room;
    private ByteArrayOutputStream out;

    Keeper(long room, long declaredSize) {
      this.room = room;
      // Sized as the entry says, so a part is not copied as the buffer grows; a size a forged
      // header claims is not trusted with more than a MiB before the bytes arrive.
      this.out = room <= 0 ? null : new ByteArrayOutputStream(
          (int) Math.max(32, Math.min(Math.min(declaredSize, room), 1 << 20)));
    }

    void write(byte[] buffer, int n) {
      if (out != null && out.size() + (long) n <= room) {
        out.write(buffer, 0, n);
      } else {
        out = null;
      }
    }

    byte[] data() {
      return out == null ? null : out.toByteArray();
    }
  }

  /** Reads one entry to its end, giving its bytes to the keeper; returns its size. */
  private static long inflate(ZipArchiveInputStream zip, String name, byte[] buffer,
      IngestLimits limits, long totalBefore, Keeper keeper)
      throws IOException, UnreadableFileException {
    DoctypeFinder doctype = isXml(name) ? new DoctypeFinder() : null;
    long size = 0;
    long compressedAtStart = zip.getCompressedCount();
    int n;
    while ((n = zip.read(buffer)) > 0) {
      size += n;
      if (size > limits.maxEntryBytes()) {
        throw bomb("entry '" + name + "' expands beyond " + mib(limits.maxEntryBytes())
            + " (limit per entry)");
      }
      if (totalBefore + size > limits.maxUncompressedBytes()) {
        throw bomb("its entries expand beyond " + mib(limits.maxUncompressedBytes())
            + " in total (limit)");
      }
      long compressed = zip.getCompressedCount() - compressedAtStart;
      if (size > RATIO_GRACE_BYTES && (double) compressed / size < limits.minInflateRatio()) {
        throw bomb("entry '" + name + "' expands more than " + Math.round(1 / limits.minInflateRatio())
            + " times its compressed size (limit)");
      }
      if (doctype != null && doctype.found(buffer, n)) {
        throw new UnreadableFileException("refused: entry '" + name + "' declares an XML DOCTYPE,"
            + " which Office never writes and which could make the reader fetch local files or"
            + " expand entities without end");
      }
      keeper.write(buffer, n);
    }
    return size;
  }

  private static UnreadableFileException bomb(String what) {
    return new UnreadableFileException("looks like a zip bomb: " + what);
  }

  private static boolean isXml(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    return lower.endsWith(".xml") || lower.endsWith(".rels");
  }

  private static String mib(long bytes) {
    return bytes % (1024 * 1024) == 0 ? bytes / (1024 * 1024) + " MiB" : bytes + " bytes";
  }

  /**
   * A complete zip ends with an end-of-central-directory record (and its comment); a file cut
   * short has none. The record is searched from the end, as every zip reader does.
   */
  static boolean hasEndRecord(byte[] bytes) {
    int last = bytes.length - END_RECORD_SIZE;
    int first = Math.max(0, last - MAX_COMMENT);
    for (int i = last; i >= first; i--) {
      if (bytes[i] == END_RECORD[0] && bytes[i + 1] == END_RECORD[1]
          && bytes[i + 2] == END_RECORD[2] && bytes[i + 3] == END_RECORD[3]) {
        int comment = (bytes[i + 20] & 0xFF) | (bytes[i + 21] & 0xFF) << 8;
        if (i + END_RECORD_SIZE + comment <= bytes.length) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Finds "&lt;!DOCTYPE" anywhere in a stream of XML, across buffer boundaries and in UTF-16
   * (whose ASCII characters carry a zero byte, skipped here). In well-formed XML the text can only
   * be markup: inside content it would be escaped as "&amp;lt;!DOCTYPE".
   */
  static final class DoctypeFinder {
    private int matched;

    boolean found(byte[] buffer, int length) {
      for (int i = 0; i < length; i++) {
        byte b = buffer[i];
        if (b == 0) {
          continue;
        }
        if (b == DOCTYPE[matched]) {
          if (++matched == DOCTYPE.length) {
            return true;
          }
        } else {
          matched = b == DOCTYPE[0] ? 1 : 0;
        }
      }
      return false;
    }
  }
}
