package uk.breachreport.sample;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.breachreport.core.model.ResponseStatus;

class SampleCorpusTest {

  @TempDir static Path temp;
  static Path first;
  static Path second;
  static Map<String, ExpectedRow> expected;

  @BeforeAll
  static void generateTwice() throws IOException {
    first = temp.resolve("first");
    second = temp.resolve("second");
    expected = SampleCorpus.generate(options(first, temp.resolve("first.csv"))).stream()
        .collect(Collectors.toMap(r -> r.council().code(), Function.identity()));
    SampleCorpus.generate(options(second, temp.resolve("second.csv")));
  }

  private static SampleCorpus.Options options(Path out, Path expectedFile) {
    return SampleCorpus.Options.parse("--out", out.toString(), "--expected", expectedFile.toString(),
        "--notes", out + ".md");
  }

  private static List<Path> files(Path root) throws IOException {
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(Files::isRegularFile).map(root::relativize).sorted().toList();
    }
  }

  @Test
  void sameSeedGivesByteIdenticalFiles() throws IOException {
    assertEquals(files(first), files(second));
    for (Path file : files(first)) {
      assertArrayEquals(Files.readAllBytes(first.resolve(file)), Files.readAllBytes(second.resolve(file)),
          "differs between runs: " + file);
    }
    assertEquals(Files.readString(temp.resolve("first.csv")), Files.readString(temp.resolve("second.csv")));
  }

  @Test
  void anotherSeedGivesOtherBreaches() throws IOException {
    Path other = temp.resolve("other-seed");
    SampleCorpus.generate(SampleCorpus.Options.parse("--out", other.toString(), "--expected",
        temp.resolve("other.csv").toString(), "--notes", other + ".md", "--seed", "7"));
    assertFalse(Files.readString(other.resolve("response.csv")).equals(Files.readString(first.resolve("response.csv"))));
  }

  @Test
  void sampleIsSmall() throws IOException {
    long bytes = 0;
    for (Path file : files(first)) {
      bytes += Files.size(first.resolve(file));
    }
    assertTrue(bytes < 1_000_000, "sample is " + bytes + " bytes");
  }

  @Test
  void everyCouncilOfTheSampleHasOneExpectedRow() {
    assertEquals(HandMadeSample.councils().map(Council::code).collect(Collectors.toSet()), expected.keySet());
    assertTrue(expected.size() >= 34, "only " + expected.size() + " councils");
  }

  @ParameterizedTest
  @CsvSource({"E, 20", "S, 6", "W, 4", "95, 4"})
  void coversEveryNation(String codePrefix, int atLeast) {
    long councils = expected.keySet().stream().filter(c -> c.startsWith(codePrefix)).count();
    assertTrue(councils >= atLeast, councils + " councils with codes starting " + codePrefix);
  }

  @ParameterizedTest
  @CsvSource({
    "E06000045, RESPONDED, 53, false, 0",
    "E06000023, RESPONDED, 22, false, 4",
    "E06000010, RESPONDED, 12, false, 0",
    "S12000015, RESPONDED, 16, true, 0",
    "S12000036, RESPONDED, 70, false, 0",
    "E08000025, RESPONDED, 61, false, 0",
    "E07000167, NIL_RETURN, 0, false, 0",
    "95A, NIL_RETURN, 0, false, 0",
    "E07000163, NIL_RETURN, 0, false, 0",
    "E10000012, REFUSED, , false, 0",
    "E08000036, REFUSED, , false, 0",
    "E10000030, REFUSED, , false, 0",
    "W06000023, NO_RESPONSE, , false, 0",
    "E07000164, RESPONDED, 13, false, 0",
    "E07000165, RESPONDED, 15, false, 0",
    "E07000169, RESPONDED, 13, false, 0",
    "E08000009, RESPONDED, 34, false, 0",
    "E06000017, HELD_FOR_REVIEW, , false, 0"
  })
  void knownTotals(String code, ResponseStatus status, Integer breaches, boolean lowerBound, int excluded) {
    ExpectedRow row = expected.get(code);
    assertEquals(status, row.status(), code);
    assertEquals(breaches, row.breaches(), code);
    assertEquals(lowerBound, row.lowerBound(), code);
    assertEquals(excluded, row.excludedRows(), code);
  }

  @Test
  void everyFileIsAnAnswerOrADeliberateReject() throws IOException {
    Set<String> answered = expected.values().stream().map(ExpectedRow::file).filter(f -> !f.isEmpty())
        .collect(Collectors.toSet());
    Set<String> others = Set.of("manifest.csv", "scan-of-letter.pdf", "data.xlsx", "breach-log-export.xlsx",
        // issue 12: the analyst's corrections, and a copy counted once as its original
        "corrections.csv", "Copy of Bristol City Council FOI 0412 breaches.xlsx");
    Set<String> written = files(first).stream().map(p -> p.toString().replace('\\', '/')).collect(Collectors.toSet());
    assertEquals(written.stream().filter(f -> !others.contains(f)).collect(Collectors.toSet()), answered);
    assertTrue(written.containsAll(others));
  }

  @Test
  void expectedFileHasHeaderAndOneLinePerCouncil() throws IOException {
    List<String> lines = Files.readAllLines(temp.resolve("first.csv"), StandardCharsets.UTF_8);
    assertEquals("code,name,status,breaches,lower_bound,excluded_rows,file", lines.get(0));
    assertEquals(expected.size() + 1, lines.size());
    assertTrue(lines.contains("E06000045,Southampton City Council,RESPONDED,53,false,0,southampton-city-council-foi-1234.xlsx"));
  }

  @Test
  void everyExpectedCouncilIsInTheRegisterUnderItsCanonicalName() throws IOException {
    Path register = Path.of(System.getProperty("project.root", "../.."), "data/reference/register-2011-2014.csv");
    assumeTrue(Files.isRegularFile(register), "register not present at " + register);
    Map<String, String> names;
    try (Reader reader = Files.newBufferedReader(register, StandardCharsets.UTF_8)) {
      names = BenchCorpus.loadRegister(reader).stream().collect(Collectors.toMap(Council::code, Council::name));
    }
    for (ExpectedRow row : expected.values()) {
      assertEquals(row.council().name(), names.get(row.council().code()), "register name for " + row.council().code());
    }
  }

  @Test
  void benchCorpusGivesEachCopyItsOwnCouncils() throws IOException {
    StringBuilder csv = new StringBuilder("code,name,type,successors\n");
    for (int i = 1; i <= 40; i++) {
      csv.append(String.format("E07%06d,Testshire %d District Council,District,E07%06d%n", i, i, i % 40 + 1));
    }
    List<Council> register = BenchCorpus.loadRegister(new StringReader(csv.toString()));
    Path bench = temp.resolve("bench");
    Files.createDirectories(bench);
    List<ExpectedRow> rows = BenchCorpus.write(bench, register, 2, 11);
    assertEquals(80, rows.size(), "one row per council of each copy");
    assertEquals(80, rows.stream().map(r -> r.council().code()).distinct().count(), "no council twice");
    for (ExpectedRow row : rows) {
      if (row.status() == ResponseStatus.NO_RESPONSE) {
        assertEquals("", row.file());
        continue;
      }
      boolean twin = row.council().code().startsWith("E2207");
      assertTrue(row.file().startsWith(twin ? "copy-002/" : "copy-001/"), row.file());
      assertEquals(twin, row.council().name().startsWith("Benchb Testshire "), row.council().name());
      assertTrue(Files.isRegularFile(bench.resolve(row.file())), row.file());
    }
    Path twins = temp.resolve("twins.csv");
    BenchCorpus.twinRegister(new StringReader(csv.toString()), register, 2, twins);
    List<String> lines = Files.readAllLines(twins);
    assertEquals(81, lines.size());
    assertEquals("N22950000", BenchCorpus.twinCode("95A", 2));
    assertEquals("E22060004", BenchCorpus.twinCode("E06000004", 2), "type digits kept: E07000004 differs");
    assertEquals("E22070001,Benchb Testshire 1 District Council,District,E22070002", lines.get(41));
  }

  @Test
  void benchNeedsAnExistingRegister() {
    SampleCorpus.Options options = SampleCorpus.Options.parse("--out", temp.resolve("nowhere").toString(),
        "--scale", "1", "--register", temp.resolve("missing.csv").toString());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SampleCorpus.generate(options));
    assertTrue(e.getMessage().contains("missing.csv"), e.getMessage());
  }

  @Test
  void refusesToEmptyAFolderThatIsNotACorpus() throws IOException {
    Path precious = temp.resolve("precious");
    Files.createDirectories(precious);
    Files.writeString(precious.resolve("thesis.txt"), "keep me");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> SampleCorpus.generate(options(precious, temp.resolve("p.csv"))));
    assertTrue(e.getMessage().contains("not empty"), e.getMessage());
    assertTrue(Files.exists(precious.resolve("thesis.txt")));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "--scale|Option --scale needs a value",
    "--scale x|--scale expects a whole number, got 'x'",
    "--scale -1|--scale must be 0 (the sample) or a number of copies >= 1, got -1",
    "--colour red|Unknown option '--colour'; expected --out, --expected, --notes, --scale, --seed or --register"
  })
  void badCommandLines(String args, String message) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> SampleCorpus.Options.parse(args.split(" ")));
    assertEquals(message, e.getMessage());
  }

  @Test
  void defaultsAtScaleZeroPointAtTheCommittedSample() {
    SampleCorpus.Options options = SampleCorpus.Options.parse();
    assertEquals(Path.of("data/sample"), options.out());
    assertEquals(Path.of("jobs/spark/src/test/resources/sample-expected/council-totals.csv"), options.expected());
    assertEquals(Path.of("data/SAMPLE.md"), options.notes());
    assertEquals(SampleCorpus.DEFAULT_SEED, options.seed());
  }

  @Test
  void benchWritesExpectedOnlyWhenAsked() {
    assertEquals(null, SampleCorpus.Options.parse("--scale", "3").expected());
  }

  @ParameterizedTest
  @CsvSource({
    "2011-04-01, 2011, 1, true",
    "2011-03-31, 2010, 4, false",
    "2012-06-30, 2012, 1, true",
    "2012-07-01, 2012, 2, true",
    "2013-01-15, 2012, 4, true",
    "2014-03-31, 2013, 4, true",
    "2014-04-01, 2014, 1, false"
  })
  void financialCalendar(LocalDate date, int yearStart, int quarter, boolean inPeriod) {
    assertEquals(yearStart, Breaches.financialYearStart(date));
    assertEquals(quarter, Breaches.financialQuarter(date));
    assertEquals(inPeriod, Breaches.inPeriod(date));
  }

  @ParameterizedTest
  @CsvSource({"2011, /, 2011/12", "2013, -, 2013-14", "1999, /, 1999/00"})
  void financialYearLabels(int start, String separator, String label) {
    assertEquals(label, Breaches.financialYear(start, separator));
  }

  @Test
  void logCountsOnlyInPeriodRows() {
    List<Breach> breaches = Breaches.generate(new Random(1), 3);
    List<Breach> dated = List.of(breaches.get(0).withDate(LocalDate.of(2011, 3, 31)),
        breaches.get(1).withDate(LocalDate.of(2011, 4, 1)), breaches.get(2).withDate(LocalDate.of(2014, 4, 1)));
    assertEquals(new Written(1, false, 2), Written.log(dated));
  }

  @Test
  void generatedBreachesAreInPeriodAndOrdered() {
    List<Breach> breaches = Breaches.generate(new Random(3), 200);
    assertTrue(breaches.stream().allMatch(b -> Breaches.inPeriod(b.date())));
    for (int i = 1; i < breaches.size(); i++) {
      assertFalse(breaches.get(i).date().isBefore(breaches.get(i - 1).date()));
    }
  }

  @ParameterizedTest
  @CsvSource({
    "King's Lynn and West Norfolk Borough Council, kings-lynn-and-west-norfolk-borough-council",
    "Newcastle-under-Lyme Borough Council, newcastle-under-lyme-borough-council",
    "City and County of Swansea, city-and-county-of-swansea"
  })
  void slugs(String name, String slug) {
    assertEquals(slug, new Council("X", name).slug());
  }
}
