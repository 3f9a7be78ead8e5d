package uk.breachreport.core.layout;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Properties;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import uk.breachreport.core.ReferenceData;
import uk.breachreport.core.ingest.DocumentReader;
import uk.breachreport.core.ingest.UnreadableFileException;
import uk.breachreport.core.model.Issue;
import uk.breachreport.core.model.RawRecord;
import uk.breachreport.core.model.RowReject;
import uk.breachreport.core.normalise.Period;
import uk.breachreport.core.reference.ReferenceSource;

/**
 * Runs every fixture under {@code src/test/resources/fixtures/<quirk>/} through the readers and
 * the {@link TableExtractor}, and compares exactly, the way Commons CSV runs its parser test
 * files: the records with {@code expected.csv}, rejected rows with {@code expected-rejects.csv},
 * warnings with {@code expected-issues.csv} (a missing file means none), the extraction's
 * layout, lower bound and row counts with {@code expected.properties}, and where given the text
 * outside tables with {@code expected-text.txt}. Each fixture's {@code README} says what it shows;
 * {@link FixtureFiles} writes the inputs.
 *
 * <p>{@code -Dfixtures.update=true} rewrites the expected files from what the code does now, for
 * review in the diff after a deliberate change; never accept such a rewrite unread.
 */
class LayoutFixturesTest {

  static final Path FIXTURES = Path.of("src/test/resources/fixtures");
  static final Path REFERENCE = Path.of("../../data/reference");
  static final boolean UPDATE = Boolean.getBoolean("fixtures.update");

  static final List<String> RECORD_COLUMNS = List.of("sheet", "row", "layout", "header_row",
      "date", "financial_year", "description", "council_category", "children", "sensitive",
      "action", "ico", "people", "count", "suppressed");
  static final List<String> REJECT_COLUMNS = List.of("sheet", "row", "reason", "raw");
  static final List<String> ISSUE_COLUMNS = List.of("severity", "code", "sheet", "row", "message");
  static final List<String> PROPERTY_KEYS = List.of(
      "layout", "lower_bound", "data_rows", "rejected_rows", "totals_rows", "note_rows");

  static ColumnRules rules;

  @BeforeAll
  static void loadRules() {
    rules = ReferenceData.load(ReferenceSource.folder(REFERENCE), Period.STUDY)
        .columns();
  }

  static Stream<String> fixtures() throws IOException {
    try (Stream<Path> dirs = Files.list(FIXTURES)) {
      return dirs.filter(Files::isDirectory).map(d -> d.getFileName().toString()).sorted()
          .toList().stream();
    }
  }

  @Test
  void everyFixtureHasItsFiles() throws IOException {
    List<String> names = fixtures().toList();
    assertFalse(names.isEmpty(), "no fixtures under " + FIXTURES.toAbsolutePath());
    assertEquals(new ArrayList<>(FixtureFiles.fixtures().keySet()).stream().sorted().toList(), names,
        "every fixture folder is written by FixtureFiles, and every fixture FixtureFiles writes has a folder");
    for (String name : names) {
      Path dir = FIXTURES.resolve(name);
      assertAll(name,
          () -> assertEquals(true, Files.exists(dir.resolve("README")), name + "/README"),
          () -> assertEquals(true, Files.exists(dir.resolve("expected.csv")), name + "/expected.csv"),
          () -> assertEquals(true, Files.exists(dir.resolve("expected.properties")),
              name + "/expected.properties"));
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fixtures")
  void fixture(String name) throws IOException, UnreadableFileException {
    Path dir = FIXTURES.resolve(name);
    Extraction extraction = extract(input(dir));
    Actual actual = new Actual(
        csv(RECORD_COLUMNS, extraction.records().stream().map(LayoutFixturesTest::recordRow).toList()),
        csv(REJECT_COLUMNS, extraction.rejects().stream().map(LayoutFixturesTest::rejectRow).toList()),
        csv(ISSUE_COLUMNS, extraction.issues().stream().map(LayoutFixturesTest::issueRow).toList()),
        properties(extraction),
        String.join("\n", extraction.text()));
    if (UPDATE) {
      actual.write(dir);
    }
    assertAll(name,
        () -> assertEquals(expectedCsv(dir.resolve("expected.csv"), RECORD_COLUMNS), actual.records,
            "records"),
        () -> assertEquals(expectedCsv(dir.resolve("expected-rejects.csv"), REJECT_COLUMNS),
            actual.rejects, "rejected rows"),
        () -> assertEquals(expectedCsv(dir.resolve("expected-issues.csv"), ISSUE_COLUMNS),
            actual.issues, "warnings"),
        () -> assertEquals(expectedProperties(dir), actual.properties,
            "layout, lower bound and row counts"),
        () -> {
          Path text = dir.resolve("expected-text.txt");
          if (Files.exists(text)) {
            assertEquals(Files.readString(text, StandardCharsets.UTF_8).strip(), actual.text,
                "text outside tables");
          }
        });
  }

  /** What the code gave, in the expected files' own forms. */
  private record Actual(String records, String rejects, String issues, String properties, String text) {

    void write(Path dir) throws IOException {
      Files.writeString(dir.resolve("expected.csv"), records, StandardCharsets.UTF_8);
      writeUnlessEmpty(dir.resolve("expected-rejects.csv"), rejects, REJECT_COLUMNS);
      writeUnlessEmpty(dir.resolve("expected-issues.csv"), issues, ISSUE_COLUMNS);
      Files.writeString(dir.resolve("expected.properties"), properties, StandardCharsets.UTF_8);
    }

    private static void writeUnlessEmpty(Path file, String csv, List<String> columns) throws IOException {
      if (csv.equals(csv(columns, List.of()))) {
        Files.deleteIfExists(file);
      } else {
        Files.writeString(file, csv, StandardCharsets.UTF_8);
      }
    }
  }

  static Path input(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      List<Path> inputs = files.filter(f -> f.getFileName().toString().startsWith("input.")).toList();
      assertEquals(1, inputs.size(), "one input.* file in " + dir + ", found " + inputs);
      return inputs.get(0);
    }
  }

  static Extraction extract(Path input) throws IOException, UnreadableFileException {
    String name = input.getFileName().toString();
    TableExtractor extractor = new TableExtractor(name, rules);
    DocumentReader.read(name, Files.readAllBytes(input), extractor);
    return extractor.result();
  }

  private static List<String> recordRow(RawRecord r) {
    return strings(r.source().sheet(), r.source().row(), r.layout(), r.headerRow(), r.date(),
        r.financialYear(), r.description(), r.councilCategory(), r.children(), r.sensitive(),
        r.action(), r.ico(), r.people(), r.count(), r.suppressed());
  }

  private static List<String> rejectRow(RowReject r) {
    return strings(r.source().sheet(), r.source().row(), r.reason(), r.raw());
  }

  private static List<String> issueRow(Issue i) {
    return strings(i.severity(), i.code(), i.source().sheet(), i.source().row(), i.message());
  }

  /** Null is an empty field: the expected files cannot tell null from "", nor need to. */
  private static List<String> strings(Object... values) {
    return Stream.of(values).map(v -> Objects.toString(v, "")).toList();
  }

  private static String properties(Extraction e) {
    return String.join("\n",
        "layout=" + e.layout(),
        "lower_bound=" + e.lowerBound(),
        "data_rows=" + e.dataRows(),
        "rejected_rows=" + e.rejectedRows(),
        "totals_rows=" + e.totalsRows(),
        "note_rows=" + e.noteRows()) + "\n";
  }

  /** The expected properties in the same order and form as {@link #properties}. */
  private static String expectedProperties(Path dir) throws IOException {
    Path file = dir.resolve("expected.properties");
    Properties p = new Properties();
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      p.load(r);
    }
    assertEquals(new TreeSet<>(PROPERTY_KEYS), new TreeSet<>(p.stringPropertyNames()), file + ": keys");
    return PROPERTY_KEYS.stream().map(k -> k + "=" + p.getProperty(k))
        .collect(Collectors.joining("\n", "", "\n"));
  }

  /** An expected CSV file re-printed in canonical form; a missing file is a header alone. */
  private static String expectedCsv(Path file, List<String> columns) throws IOException {
    if (!Files.exists(file)) {
      return csv(columns, List.of());
    }
    List<CSVRecord> records = CSVFormat.DEFAULT.parse(
        new StringReader(Files.readString(file, StandardCharsets.UTF_8))).getRecords();
    assertEquals(columns, records.get(0).toList(), file + ": header");
    return csv(columns, records.stream().skip(1).map(CSVRecord::toList).toList());
  }

  private static String csv(List<String> columns, List<List<String>> rows) {
    StringBuilder out = new StringBuilder();
    try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setRecordSeparator('\n').get())) {
      printer.printRecord(columns);
      for (List<String> row : rows) {
        printer.printRecord(row);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }
}
