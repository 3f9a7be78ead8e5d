package uk.breachreport.core.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import uk.breachreport.core.answer.AnswerParser;
import uk.breachreport.core.model.FileOutcome;
import uk.breachreport.core.model.FileResult;
import uk.breachreport.core.model.ManifestEntry;
import uk.breachreport.core.model.RawRecord;

/**
 * Workbooks that are not about breaches, each given to one council by the manifest as its
 * answer: none may become a record, a nil return or a refusal. The committed selection
 * ({@code src/test/resources/negative-corpus/}, see its README) runs every build; the whole of
 * Apache POI's test spreadsheets runs on demand, time-boxed per file:
 *
 * <pre>
 * scripts/negative-corpus /tmp/poi-neg
 * mvn -B -q -o -pl jobs/core test -Dtest=NegativeCorpusTest -Dnegative.corpus=/tmp/poi-neg
 * </pre>
 *
 * which also writes {@code target/negative-corpus.csv}, one line per file.
 */
class NegativeCorpusTest {

  static final Path COMMITTED = Path.of("src/test/resources/negative-corpus");
  /** A hostile file may make a reader spin; the run goes on without it. */
  private static final long SECONDS_PER_FILE = 30;
  private static final AnswerParser PARSER = Answers.parser();

  static Stream<Path> committed() throws IOException {
    return files(COMMITTED);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("committed")
  void isNeitherBreachesNorAStatement(Path file) throws IOException {
    FileResult result = parse(file);
    assertEquals(List.of(), result.records(), () -> "reason: " + result.reason());
    assertFalse(result.outcome() == FileOutcome.NIL_RETURN || result.outcome() == FileOutcome.REFUSED,
        () -> "read as " + result.outcome());
  }

  @Test
  @EnabledIfSystemProperty(named = "negative.corpus", matches = ".+")
  void wholeFolderCountsNothing() throws Exception {
    List<Path> all = files(Path.of(System.getProperty("negative.corpus"))).toList();
    List<String> counted = new ArrayList<>();
    long records = 0;
    long breaches = 0;
    int statements = 0;
    int timedOut = 0;
    ExecutorService pool = daemonPool();
    Path report = Path.of("target/negative-corpus.csv");
    try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(report, StandardCharsets.UTF_8))) {
      out.println("file,outcome,layout,records,breaches,reason");
      for (Path file : all) {
        Future<FileResult> task = pool.submit(() -> parse(file));
        FileResult result;
        try {
          result = task.get(SECONDS_PER_FILE, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
          task.cancel(true);
          pool.shutdownNow();
          pool = daemonPool();
          timedOut++;
          out.println(csv(file.getFileName().toString(), "TIMED_OUT", "", 0, 0, ""));
          continue;
        }
        long sum = result.records().stream().map(RawRecord::count)
            .mapToLong(c -> c == null ? 0 : c).sum();
        out.println(csv(result.file(), result.outcome().name(), result.layout(),
            result.records().size(), sum, result.reason()));
        if (!result.records().isEmpty()) {
          counted.add(result.file() + " (" + result.layout() + ", " + result.records().size()
              + " records, " + sum + " breaches)");
          records += result.records().size();
          breaches += sum;
        }
        if (result.outcome() == FileOutcome.NIL_RETURN || result.outcome() == FileOutcome.REFUSED) {
          statements++;
          counted.add(result.file() + " (" + result.outcome() + ")");
        }
      }
    } finally {
      pool.shutdownNow();
    }
    System.out.printf("negative corpus: %d files, %d counted as breaches (%d records, %d breaches),"
        + " %d read as a nil return or refusal, %d timed out; see %s%n", all.size(),
        counted.size() - statements, records, breaches, statements, timedOut, report);
    counted.forEach(c -> System.out.println("  " + c));
    assertEquals(List.of(), counted);
  }

  private static FileResult parse(Path file) throws IOException {
    String name = file.getFileName().toString();
    return PARSER.parse(name, Files.readAllBytes(file),
        Optional.of(new ManifestEntry(2, name, "Rutland", null, "")));
  }

  private static Stream<Path> files(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(f -> Files.isRegularFile(f) && !f.getFileName().toString().equals("README"))
          .sorted().toList().stream();
    }
  }

  private static ExecutorService daemonPool() {
    return Executors.newSingleThreadExecutor(r -> {
      Thread t = new Thread(r, "negative-corpus");
      t.setDaemon(true);
      return t;
    });
  }

  private static String csv(Object... values) {
    List<String> cells = new ArrayList<>();
    for (Object v : values) {
      String s = v == null ? "" : v.toString();
      cells.add(s.matches("[^,\"\n\r]*") ? s : '"' + s.replace("\"", "\"\"") + '"');
    }
    return String.join(",", cells);
  }
}
