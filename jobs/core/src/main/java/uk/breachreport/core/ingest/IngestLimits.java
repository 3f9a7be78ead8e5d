package uk.breachreport.core.ingest;

import java.io.Serializable;

/**
 * How much one answer file may hold before it is rejected rather than read: a file over a limit is
 * a reject whose reason names the limit, never a crash or an exhausted executor. The defaults sit
 * far above any real council answer (which is kilobytes to a few megabytes) and below what would
 * hurt a 4 GiB executor parsing two files at once. The Spark side may later make them
 * configurable; until then every run uses {@link #DEFAULT}.
 *
 * @param maxFileBytes bytes of one file, checked before it is read into memory: a file is parsed
 *     from one array, and past 2 GiB Java cannot even hold it
 * @param maxColumns columns in one row; a value further right rejects the file (Excel allows
 *     16,384, an answer needs a dozen)
 * @param maxRowsPerSheet rows in one sheet, table or text file, blank rows included (Excel allows
 *     1,048,576, so only a CSV or a forged workbook gets near)
 * @param maxCellChars characters in one cell; Excel's own maximum is 32,767, so a longer cell is
 *     a CSV with a quote left open (everything after it swallowed into one cell) or a forged file,
 *     and the file is rejected rather than truncated: its row boundaries cannot be trusted
 * @param minInflateRatio the smallest compressed/uncompressed size ratio of one zip entry (past a
 *     100 KB grace) before it counts as a zip bomb; 0.01 is 100:1, POI's own default
 * @param maxEntryBytes uncompressed bytes of one zip entry (one sheet's XML)
 * @param maxUncompressedBytes uncompressed bytes of all of a zip's entries together: POI holds
 *     every entry of an .xlsx/.docx opened from bytes in memory at once
 * @param maxZipEntries entries in one zip (sheets, relations, images), POI's own default 1,000
 */
public record IngestLimits(
    long maxFileBytes,
    int maxColumns,
    int maxRowsPerSheet,
    int maxCellChars,
    double minInflateRatio,
    long maxEntryBytes,
    long maxUncompressedBytes,
    int maxZipEntries) implements Serializable {

  /** The most characters Excel itself keeps in one cell. */
  public static final int EXCEL_CELL_CHARS = 32_767;
  private static final long MIB = 1024L * 1024L;
  private static final long MAX_ARRAY = Integer.MAX_VALUE - 8;

  public static final IngestLimits DEFAULT =
      new IngestLimits(512 * MIB, 1_000, 2_000_000, EXCEL_CELL_CHARS, 0.01, 256 * MIB, 512 * MIB,
          1_000);

  public IngestLimits {
    requirePositive("maxFileBytes", maxFileBytes);
    requirePositive("maxColumns", maxColumns);
    requirePositive("maxRowsPerSheet", maxRowsPerSheet);
    requirePositive("maxCellChars", maxCellChars);
    requirePositive("maxEntryBytes", maxEntryBytes);
    requirePositive("maxZipEntries", maxZipEntries);
    if (!(minInflateRatio > 0 && minInflateRatio < 1)) {
      throw new IllegalArgumentException(
          "minInflateRatio must be between 0 and 1 (0.01 = 100:1), got " + minInflateRatio);
    }
    if (maxFileBytes > MAX_ARRAY || maxEntryBytes > MAX_ARRAY) {
      throw new IllegalArgumentException("maxFileBytes and maxEntryBytes must fit in one Java"
          + " array (< 2 GiB): a file and a zip entry are held in memory; got " + maxFileBytes
          + " and " + maxEntryBytes);
    }
    if (maxUncompressedBytes < maxEntryBytes) {
      throw new IllegalArgumentException("maxUncompressedBytes (" + maxUncompressedBytes
          + ") must be at least maxEntryBytes (" + maxEntryBytes + ")");
    }
  }

  private static void requirePositive(String name, long value) {
    if (value <= 0) {
      throw new IllegalArgumentException(name + " must be positive, got " + value);
    }
  }
}
