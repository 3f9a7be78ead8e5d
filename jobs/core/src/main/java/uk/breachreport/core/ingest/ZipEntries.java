package uk.breachreport.core.ingest;

import java.util.ArrayList;
import java.util.List;

/**
 * A .zip of answers opened into its files, each one more answer, as {@link ZipScan} inflates them
 * while it holds the archive to the same limits as a workbook (entries, sizes, inflation).
 */
final class ZipEntries {

  private ZipEntries() {}

  static List<Part> parts(byte[] bytes, IngestLimits limits)
      throws UnreadableFileException {
    List<Part> parts = new ArrayList<>();
    for (OfficePackage.Entry entry : ZipScan.scan(bytes, limits, Long.MAX_VALUE).entries()) {
      if (entry.directory()) {
        continue;
      }
      String name = entry.name().replace('\\', '/').replaceFirst("^/+", "");
      boolean macOs = name.startsWith("__MACOSX/") || name.endsWith("/.DS_Store")
          || name.equals(".DS_Store");
      parts.add(new Part(name, entry.data(),
          macOs ? "the Finder's own data that macOS adds to a zip, not an answer" : null));
    }
    return parts;
  }
}
