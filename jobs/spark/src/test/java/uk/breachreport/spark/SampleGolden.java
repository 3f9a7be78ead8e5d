package uk.breachreport.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.commons.codec.binary.Hex;
import org.apache.commons.codec.digest.DigestUtils;

/**
 * The sample's outputs pinned byte for byte: the tables, quality.json, summary.json and the report's
 * index in full, the factsheets, downloads and rejects by SHA-256. A refactoring must leave them as
 * they are; run with {@code -Dgolden.update=true} to rewrite them after an intended change, then
 * review the diff and name the change in the commit.
 */
final class SampleGolden {

  /** The report's "Published" date in the goldens. */
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-15T10:00:00Z"), ZoneOffset.UTC);

  private static final Path GOLDEN = Path.of("src/test/resources/sample-golden");
  private static final String DIGESTS = "digests.txt";

  private SampleGolden() {}

  /** {@code input} is the path the run was given, written in summary.json: replaced by a name. */
  static void assertMatches(Path output, String input) throws IOException {
    List<String> whole = new ArrayList<>(List.of("quality.json", "summary.json", "report/index.html"));
    try (Stream<Path> tables = Files.list(output.resolve("tables"))) {
      tables.map(p -> "tables/" + p.getFileName()).filter(n -> n.endsWith(".csv")).sorted()
          .forEach(whole::add);
    }
    TreeMap<String, String> digests = new TreeMap<>();
    for (String dir : List.of("report/councils", "report/downloads", "rejects", "tables")) {
      try (Stream<Path> files = Files.list(output.resolve(dir))) {
        for (Path p : files.filter(p -> !p.getFileName().toString().startsWith(".")
            && !p.getFileName().toString().equals("_SUCCESS")
            && !(dir.equals("tables") && p.getFileName().toString().endsWith(".csv"))).toList()) {
          // Spark names the one rejects file part-00000-<uuid>.csv: the name is not the output.
          String name = dir.equals("rejects") ? "rejects/part.csv" : dir + "/" + p.getFileName();
          digests.put(name, name.endsWith(".xlsx") ? workbookDigest(p)
              : DigestUtils.sha256Hex(Files.readAllBytes(p)));
        }
      }
    }
    StringBuilder digestText = new StringBuilder();
    digests.forEach((k, v) -> digestText.append(v).append("  ").append(k).append('\n'));
    boolean update = Boolean.getBoolean("golden.update");
    for (String name : whole) {
      String actual = Files.readString(output.resolve(name), StandardCharsets.UTF_8)
          .replace(input, "data/sample");
      check(name, actual, update);
    }
    check(DIGESTS, digestText.toString(), update);
    if (!update) {
      try (Stream<Path> golden = Files.list(GOLDEN.resolve("tables"))) {
        assertEquals(golden.map(p -> "tables/" + p.getFileName()).sorted().toList(),
            whole.stream().filter(n -> n.startsWith("tables/")).toList(), "the tables written");
      }
    }
  }

  /** A workbook's parts but its properties, which hold the time it was written. */
  private static String workbookDigest(Path xlsx) throws IOException {
    MessageDigest digest = DigestUtils.getSha256Digest();
    try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(xlsx))) {
      for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
        if (!e.getName().equals("docProps/core.xml")) {
          digest.update(e.getName().getBytes(StandardCharsets.UTF_8));
          digest.update(zip.readAllBytes());
        }
      }
    }
    return Hex.encodeHexString(digest.digest());
  }

  private static void check(String name, String actual, boolean update) throws IOException {
    Path golden = GOLDEN.resolve(name);
    if (update) {
      Files.createDirectories(golden.getParent());
      Files.writeString(golden, actual, StandardCharsets.UTF_8);
    }
    assertEquals(Files.readString(golden, StandardCharsets.UTF_8), actual, name
        + " differs from its golden file in src/test/resources/sample-golden; if the change is"
        + " intended, rerun with -Dgolden.update=true and review the diff");
  }
}
