package uk.breachreport.core.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;

/**
 * A .zip of answers opened into its files, each one more answer, after {@link ZipScan} has held
 * the archive to the same limits as a workbook (entries, sizes, inflation).
 */
final class ZipEntries {

  private ZipEntries() {}

  static List<Part> parts(byte[] bytes, IngestLimits limits)
      throws UnreadableFileException {
    ZipScan.check(bytes, limits);
    List<Part> parts = new ArrayList<>();
    try (ZipArchiveInputStream zip = new ZipArchiveInputStream(
        new ByteArrayInputStream(bytes), StandardCharsets.UTF_8.name(), false, true)) {
      ZipArchiveEntry entry;
      while ((entry = zip.getNextEntry()) != null) {
        if (entry.isDirectory()) {
          continue;
        }
        String name = entry.getName().replace('\\', '/').replaceFirst("^/+", "");
        byte[] data = zip.readAllBytes();
        boolean macOs = name.startsWith("__MACOSX/") || name.endsWith("/.DS_Store")
            || name.equals(".DS_Store");
        parts.add(new Part(name, data,
            macOs ? "the Finder's own data that macOS adds to a zip, not an answer" : null));
      }
    } catch (IOException | RuntimeException e) {
      throw new UnreadableFileException(
          "corrupt zip archive: " + UnreadableFileException.summary(e), e);
    }
    return parts;
  }
}
