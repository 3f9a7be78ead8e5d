package uk.breachreport.sample;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;

/**
 * Writes the bundled sample of council FOI answers ({@code --scale 0}, the default) or a benchmark
 * corpus covering the whole register ({@code --scale N}), plus the totals a correct pipeline must
 * reproduce.
 *
 * <pre>
 * --out DIR        default data/sample; emptied first if it holds an earlier corpus (has manifest.csv)
 * --expected FILE  default jobs/spark/src/test/resources/sample-expected/council-totals.csv at scale 0;
 *                  at scale N it is written only when given
 * --notes FILE     default data/SAMPLE.md at scale 0 (which file shows which quirk)
 * --scale N        0 = the hand-made sample; N >= 1 = bench corpus in N copies
 * --seed S         default 20140412
 * --register FILE  default data/reference/register-2011-2014.csv (bench only; columns code,name)
 * </pre>
 */
public final class SampleCorpus {

  static final long DEFAULT_SEED = 20140412L;

  /** Parsed command line; paths not given are null until defaulted for the scale. */
  record Options(Path out, Path expected, Path notes, int scale, long seed, Path register) {

    static Options parse(String... args) {
      Path out = Path.of("data/sample");
      Path expected = null;
      Path notes = null;
      int scale = 0;
      long seed = DEFAULT_SEED;
      Path register = Path.of("data/reference/register-2011-2014.csv");
      for (int i = 0; i < args.length; i++) {
        String flag = args[i];
        if (i + 1 >= args.length) {
          throw new IllegalArgumentException("Option " + flag + " needs a value");
        }
        String value = args[++i];
        switch (flag) {
          case "--out" -> out = Path.of(value);
          case "--expected" -> expected = Path.of(value);
          case "--notes" -> notes = Path.of(value);
          case "--scale" -> scale = parseNumber(flag, value).intValue();
          case "--seed" -> seed = parseNumber(flag, value);
          case "--register" -> register = Path.of(value);
          default -> throw new IllegalArgumentException("Unknown option '" + flag
              + "'; expected --out, --expected, --notes, --scale, --seed or --register");
        }
      }
      if (scale < 0) {
        throw new IllegalArgumentException("--scale must be 0 (the sample) or a number of copies >= 1, got " + scale);
      }
      if (scale == 0) {
        expected = expected != null ? expected : Path.of("jobs/spark/src/test/resources/sample-expected/council-totals.csv");
        notes = notes != null ? notes : Path.of("data/SAMPLE.md");
      }
      return new Options(out, expected, notes, scale, seed, register);
    }

    private static Long parseNumber(String flag, String value) {
      try {
        return Long.parseLong(value);
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(flag + " expects a whole number, got '" + value + "'");
      }
    }
  }

  private SampleCorpus() {}

  public static void main(String[] args) {
    // POI logs through Log4j's API; without a provider on the test classpath it only warns about that.
    System.setProperty("log4j2.statusLoggerLevel", "OFF");
    try {
      Options options = Options.parse(args);
      List<ExpectedRow> expected = generate(options);
      System.out.println("Wrote " + countFiles(options.out()) + " files for " + expected.size() + " councils to "
          + options.out() + (options.expected() == null ? "" : "; expected totals in " + options.expected()));
    } catch (IllegalArgumentException | IllegalStateException e) {
      System.err.println("make-sample: " + e.getMessage());
      System.exit(2);
    } catch (IOException | UncheckedIOException e) {
      System.err.println("make-sample: " + e.getMessage());
      System.exit(1);
    }
  }

  /** Writes the corpus, the expected totals and (sample only) the notes; returns the expected rows. */
  static List<ExpectedRow> generate(Options options) throws IOException {
    prepare(options.out());
    List<ExpectedRow> expected;
    if (options.scale() == 0) {
      HandMadeSample.Result result = HandMadeSample.write(options.out(), options.seed());
      expected = result.expected();
      if (options.notes() != null) {
        writeNotes(options.notes(), result, options.seed());
      }
    } else {
      if (!Files.isRegularFile(options.register())) {
        throw new IllegalArgumentException("Register file " + options.register()
            + " does not exist; pass --register FILE (CSV with columns code,name)");
      }
      List<Council> councils;
      try (Reader reader = Files.newBufferedReader(options.register(), StandardCharsets.UTF_8)) {
        councils = BenchCorpus.loadRegister(reader);
      }
      expected = BenchCorpus.write(options.out(), councils, options.scale(), options.seed());
      writeReference(options, councils);
    }
    if (options.expected() != null) {
      writeExpected(options.expected(), expected);
    }
    return expected;
  }

  /**
   * The reference folder a bench corpus is run with, beside it ({@code <out>-reference/}): the
   * register's folder with the copies' twin councils added to each register file {@code
   * registers.csv} names.
   */
  static Path writeReference(Options options, List<Council> councils) throws IOException {
    Path from = options.register().toAbsolutePath().getParent();
    Path to = options.out().toAbsolutePath().resolveSibling(options.out().getFileName() + "-reference");
    Files.createDirectories(to);
    Set<String> registers = new HashSet<>();
    try (Reader reader = Files.newBufferedReader(from.resolve("registers.csv"), StandardCharsets.UTF_8)) {
      CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)
          .forEach(r -> registers.add(r.get("file")));
    }
    try (Stream<Path> files = Files.list(from)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        Path target = to.resolve(file.getFileName().toString());
        if (registers.contains(file.getFileName().toString())) {
          try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            BenchCorpus.twinRegister(reader, councils, options.scale(), target);
          }
        } else {
          Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
    return to;
  }

  /** Creates {@code out}, or empties it when it holds an earlier corpus; refuses any other non-empty folder. */
  private static void prepare(Path out) throws IOException {
    if (Files.isDirectory(out)) {
      boolean empty;
      try (Stream<Path> entries = Files.list(out)) {
        empty = entries.findAny().isEmpty();
      }
      if (!empty && !Files.exists(out.resolve("manifest.csv"))) {
        throw new IllegalArgumentException("Output folder " + out
            + " is not empty and holds no manifest.csv from an earlier corpus; choose an empty or new folder");
      }
      try (Stream<Path> walk = Files.walk(out)) {
        for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
          if (!path.equals(out)) {
            Files.delete(path);
          }
        }
      }
    }
    Files.createDirectories(out);
  }

  static void writeExpected(Path file, List<ExpectedRow> rows) throws IOException {
    if (file.toAbsolutePath().getParent() != null) {
      Files.createDirectories(file.toAbsolutePath().getParent());
    }
    List<List<String>> lines = new ArrayList<>();
    lines.add(List.of(ExpectedRow.HEADER.split(",")));
    rows.forEach(r -> lines.add(r.values()));
    Office.delimited(file, StandardCharsets.UTF_8, false, CSVFormat.DEFAULT.builder().setRecordSeparator('\n').get(), lines);
  }

  private static void writeNotes(Path file, HandMadeSample.Result result, long seed) throws IOException {
    StringBuilder md = new StringBuilder();
    md.append("# The bundled sample (`data/sample/`)\n\n")
        .append("Generated by `scripts/make-sample` (class `uk.breachreport.sample.SampleCorpus`, seed ")
        .append(seed).append("); do not edit the files by hand. Every file in `data/sample/` is an input answer,\n")
        .append("so notes live here. The known true totals are in\n")
        .append("`jobs/spark/src/test/resources/sample-expected/council-totals.csv` (`breaches` is empty for REFUSED and\n")
        .append("NO_RESPONSE, 0 for NIL_RETURN; `lower_bound` true where suppressed cells have no total;\n")
        .append("`excluded_rows` counts rows dated outside 2011-04-01..2014-03-31).\n\n")
        .append("| file | council | quirk |\n| --- | --- | --- |\n");
    for (HandMadeSample.Note note : result.notes()) {
      md.append("| `").append(note.file()).append("` | ").append(note.council()).append(" | ")
          .append(note.quirk().replace("|", "\\|")).append(" |\n");
    }
    md.append("\n## Expected totals\n\n| code | council | status | breaches | lower bound | excluded rows |\n")
        .append("| --- | --- | --- | ---: | --- | ---: |\n");
    for (ExpectedRow row : result.expected()) {
      md.append("| ").append(row.council().code()).append(" | ").append(row.council().name()).append(" | ")
          .append(row.status()).append(" | ").append(row.breaches() == null ? "" : row.breaches()).append(" | ")
          .append(row.lowerBound()).append(" | ").append(row.excludedRows()).append(" |\n");
    }
    int total = result.expected().stream().mapToInt(r -> r.breaches() == null ? 0 : r.breaches()).sum();
    md.append("\nAll councils together: ").append(total).append(" breaches (a lower bound: Fife's figures are).\n");
    if (file.toAbsolutePath().getParent() != null) {
      Files.createDirectories(file.toAbsolutePath().getParent());
    }
    Files.writeString(file, md.toString(), StandardCharsets.UTF_8);
  }

  private static long countFiles(Path root) throws IOException {
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(Files::isRegularFile).count();
    }
  }
}
