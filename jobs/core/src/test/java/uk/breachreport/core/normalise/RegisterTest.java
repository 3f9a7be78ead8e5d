package uk.breachreport.core.normalise;

import uk.breachreport.core.reference.ReferenceSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.breachreport.core.model.Authority;

class RegisterTest {

  static final Path REFERENCE = Path.of("../../data/reference");
  static final LocalDate STUDY_FROM = LocalDate.of(2011, 4, 1);
  static final LocalDate STUDY_TO = LocalDate.of(2014, 3, 31);
  static final String HEADER =
      "code,name,type,nation,region,aliases,population,population_year,population_source\n";

  static Register studyRegister() {
    return Register.forPeriod(ReferenceSource.folder(REFERENCE), new Period(STUDY_FROM, STUDY_TO));
  }

  @Test
  void studyRegisterHas433Authorities() {
    assertEquals(433, studyRegister().size());
  }

  @ParameterizedTest
  @CsvSource({"England,353", "Scotland,32", "Wales,22", "Northern Ireland,26"})
  void countsPerNation(String nation, long expected) {
    Map<String, Long> counts =
        studyRegister().all().stream().collect(Collectors.groupingBy(Authority::nation, Collectors.counting()));
    assertEquals(expected, counts.get(nation));
  }

  @Test
  void everyAuthorityHasAPositive2011PopulationWithItsSource() {
    for (Authority a : studyRegister().all()) {
      assertTrue(a.population() != null && a.population() > 0, a.label() + " population " + a.population());
      assertEquals(2011, a.populationYear(), a.label());
      assertTrue(a.populationSource() != null && !a.populationSource().isBlank(), a.label());
    }
  }

  @Test
  void unverifiedPopulationsAreOnlyScotlandAndNorthernIreland() {
    for (Authority a : studyRegister().all()) {
      boolean unverified = a.populationSource().contains("approximate, not verified");
      boolean expected = a.nation().equals("Scotland") || a.nation().equals("Northern Ireland");
      assertEquals(expected, unverified, a.label() + ": " + a.populationSource());
    }
  }

  @ParameterizedTest
  @CsvSource({
    "England,53012456", // ONS 2011 Census, England
    "Wales,3063456", // ONS 2011 Census, Wales
    "Scotland,5295403" // NRS 2011 Census, Scotland
  })
  void nationalTotalsOfSingleTierAndDistrictPopulationsMatchThe2011Census(String nation, long total) {
    long sum =
        studyRegister().all().stream()
            .filter(a -> a.nation().equals(nation) && !a.type().equals("County"))
            .mapToLong(Authority::population)
            .sum();
    assertEquals(total, sum);
  }

  @ParameterizedTest
  @CsvSource({
    "E06000045,Southampton City Council,Unitary authority,England,South East,236882",
    "E10000014,Hampshire County Council,County,England,South East,1317788",
    "S12000013,Comhairle nan Eilean Siar,Scottish council,Scotland,,27684",
    "W06000015,Cardiff Council,Welsh principal area,Wales,,346090",
    "95A,Derry City Council,Northern Ireland district,Northern Ireland,,107877",
    "E06000057,Northumberland County Council,Unitary authority,England,North East,316028"
  })
  void rowsAreLoadedAsWritten(String code, String name, String type, String nation, String region, long population) {
    Authority a = studyRegister().byCode(code).orElseThrow();
    assertEquals(name, a.name());
    assertEquals(type, a.type());
    assertEquals(nation, a.nation());
    assertEquals(region, a.region());
    assertEquals(population, a.population());
  }

  @Test
  void allIsOrderedByCode() {
    var codes = studyRegister().all().stream().map(Authority::code).toList();
    assertEquals(codes.stream().sorted().toList(), codes);
  }

  @Test
  void byCodeIgnoresCaseAndSpaces() {
    assertEquals("Southampton City Council", studyRegister().byCode(" e06000045 ").orElseThrow().name());
    assertTrue(studyRegister().byCode("E99999999").isEmpty());
    assertTrue(studyRegister().byCode(null).isEmpty());
  }

  @Test
  void aliasesAreSplitOnBar() {
    Authority a = studyRegister().byCode("S12000013").orElseThrow();
    assertTrue(a.aliases().contains("Western Isles"));
    assertTrue(a.aliases().contains("Na h-Eileanan Siar"));
  }

  @Test
  void blankPopulationIsNull() {
    Register r = Register.load(new StringReader(HEADER + "X1,Test Council,T,England,,,,,\n"));
    Authority a = r.byCode("X1").orElseThrow();
    assertNull(a.population());
    assertNull(a.populationYear());
    assertNull(a.region());
    assertTrue(a.aliases().isEmpty());
  }

  @Test
  void duplicateCodeIsRejectedWithItsLine() {
    String csv = HEADER + "X1,A Council,T,England,,,1,2011,s\nX1,B Council,T,England,,,1,2011,s\n";
    var e = assertThrows(IllegalArgumentException.class, () -> Register.load(new StringReader(csv)));
    assertTrue(e.getMessage().contains("register.csv line 3: duplicate code 'X1'"), e.getMessage());
  }

  @Test
  void missingColumnIsNamed() {
    var e =
        assertThrows(
            IllegalArgumentException.class,
            () -> Register.load(new StringReader("code,name,type,nation,region,aliases\nX1,A,T,E,,\n")));
    assertTrue(e.getMessage().contains("population"), e.getMessage());
  }

  @Test
  void badPopulationIsNamed() {
    String csv = HEADER + "X1,A Council,T,England,,,lots,2011,s\n";
    var e = assertThrows(IllegalArgumentException.class, () -> Register.load(new StringReader(csv)));
    assertTrue(e.getMessage().contains("register.csv line 2: population 'lots' (X1)"), e.getMessage());
  }

  @ParameterizedTest
  @CsvSource({"2011-04-01,2014-03-31", "2012-04-01,2013-03-31", "2011-04-01,2015-03-31"})
  void studyRegisterCoversPeriodsInsideItsValidity(LocalDate from, LocalDate to) {
    assertEquals(433, Register.forPeriod(ReferenceSource.folder(REFERENCE), new Period(from, to)).size());
  }

  @ParameterizedTest
  @CsvSource({"2008-04-01,2011-03-31", "2009-03-31,2010-03-31"})
  void periodWithoutRegisterNamesThePeriodAndTheAvailableOnes(LocalDate from, LocalDate to) {
    var e = assertThrows(IllegalArgumentException.class, () -> Register.forPeriod(ReferenceSource.folder(REFERENCE), new Period(from, to)));
    assertTrue(e.getMessage().contains(from + ".." + to), e.getMessage());
    assertTrue(e.getMessage().contains("register.csv 2009-04-01..today"), e.getMessage());
  }

  @Test
  void registersStartOnTheFirstDayTheOptionsAccept() throws IOException {
    var starts = Files.readAllLines(REFERENCE.resolve("registers.csv")).stream().skip(1).map(l -> LocalDate.parse(l.split(",")[1])).sorted().toList();
    assertEquals(Register.FIRST_DAY, starts.get(0));
  }

  /** The 2011-2014 run must see exactly the rows it saw before the register went back to 2009. */
  @Test
  void studyPeriodGetsExactlyThe2011To2014Register() throws IOException {
    try (var reader = Files.newBufferedReader(REFERENCE.resolve("register-2011-2014.csv"))) {
      assertEquals(Register.load(reader).all(), studyRegister().all());
    }
  }

  /**
   * Councils in force on a day, from published counts: 433 in 2011 (England 353, Scotland 32,
   * Wales 22, NI 26), unchanged since the 2009 unitaries; NI's 26 became 11 in 2015; England lost
   * 10 in 2019 (Dorset 9 into 2, Suffolk 4 into 2, Taunton Deane and West Somerset into 1), 4 in
   * 2020 (Buckinghamshire 5 into 1), 6 in 2021 (Northamptonshire 8 into 2) and 16 in 2023
   * (Cumbria 7 into 2, North Yorkshire 8 into 1, Somerset 5 into 1): the LGA's 343, 333 and 317.
   */
  @ParameterizedTest
  @CsvSource({
    "2009-04-01,433,353,26",
    "2011-04-01,433,353,26",
    "2015-03-31,433,353,26",
    "2015-04-01,418,353,11",
    "2019-04-01,408,343,11",
    "2020-04-01,404,339,11",
    "2021-04-01,398,333,11",
    "2023-04-01,382,317,11"
  })
  void authoritiesInForceOnADay(LocalDate day, int total, long england, long northernIreland) {
    assertCounts(registerOn(day), total, england, northernIreland);
  }

  /** No reorganisation took effect between April 2023 and today (Surrey's is due in April 2027). */
  @Test
  void authoritiesInForceToday() {
    assertCounts(registerOn(LocalDate.now()), 382, 317, 11);
  }

  static void assertCounts(Register register, int total, long england, long northernIreland) {
    Map<String, Long> counts =
        register.all().stream().collect(Collectors.groupingBy(Authority::nation, Collectors.counting()));
    assertEquals(Map.of("England", england, "Scotland", 32L, "Wales", 22L, "Northern Ireland", northernIreland), counts);
    assertEquals(total, register.size());
  }

  static Register registerOn(LocalDate day) {
    return Register.forPeriod(ReferenceSource.folder(REFERENCE), new Period(Register.FIRST_DAY, day));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = ';',
      value = {
        "E06000059;Dorset Council;2019-04-01;E07000049|E07000050|E07000051|E07000052|E07000053|E10000009",
        "E06000058;Bournemouth, Christchurch and Poole Council;2019-04-01;E06000028|E06000029|E07000048",
        "E07000244;East Suffolk Council;2019-04-01;E07000205|E07000206",
        "E07000245;West Suffolk Council;2019-04-01;E07000201|E07000204",
        "E06000060;Buckinghamshire Council;2020-04-01;E07000004|E07000005|E07000006|E07000007|E10000002",
        "E06000061;North Northamptonshire Council;2021-04-01;E07000150|E07000152|E07000153|E07000156|E10000021",
        "E06000062;West Northamptonshire Council;2021-04-01;E07000151|E07000154|E07000155|E10000021",
        "E06000063;Cumberland Council;2023-04-01;E07000026|E07000028|E07000029|E10000006",
        "E06000064;Westmorland and Furness Council;2023-04-01;E07000027|E07000030|E07000031|E10000006",
        "E06000065;North Yorkshire Council;2023-04-01;E07000163|E07000164|E07000165|E07000166|E07000167|E07000168|E07000169|E10000023",
        "E06000066;Somerset Council;2023-04-01;E07000187|E07000188|E07000189|E07000246|E10000027",
        "N09000004;Causeway Coast and Glens Borough Council;2015-04-01;95B|95C|95D|95E"
      })
  void reorganisedCouncilsKnowTheirPredecessors(String code, String name, LocalDate start, String predecessors) {
    Register before = registerOn(start.minusDays(1));
    Register after = registerOn(start);
    List<String> expected = List.of(predecessors.split("\\|"));
    Register.Entry entry = after.entry(code).orElseThrow();
    assertEquals(name, after.byCode(code).orElseThrow().name());
    assertEquals(start, entry.start());
    assertEquals(expected, entry.predecessors());
    assertTrue(before.byCode(code).isEmpty(), code + " is not yet in force the day before");
    for (String predecessor : expected) {
      assertTrue(before.byCode(predecessor).isPresent(), predecessor + " in force the day before");
      assertEquals(start.minusDays(1), after.entry(predecessor).orElseThrow().end(), predecessor);
      assertTrue(after.byCode(predecessor).isEmpty(), predecessor + " abolished");
      assertTrue(after.successorsInForce(predecessor).contains(after.byCode(code).orElseThrow()), predecessor);
    }
  }

  @Test
  void northernIrelandsTwentySixDistrictsEachGoToOneOfTheEleven() {
    Register after = registerOn(LocalDate.of(2015, 4, 1));
    assertEquals(456, after.history().size());
    assertEquals(26, after.history().stream().filter(e -> e.authority().code().startsWith("95") && !e.inForceOn(after.day())).count());
    Register before = registerOn(LocalDate.of(2015, 3, 31));
    Map<String, List<String>> successors = new java.util.TreeMap<>();
    for (Authority old : before.all()) {
      if (old.nation().equals("Northern Ireland")) {
        List<Authority> next = after.successorsInForce(old.code());
        assertEquals(1, next.size(), old.label() + " -> " + next);
        successors.computeIfAbsent(next.get(0).code(), k -> new java.util.ArrayList<>()).add(old.code());
      }
    }
    assertEquals(26, successors.values().stream().mapToInt(List::size).sum());
    assertEquals(11, successors.size());
    assertEquals(List.of("95Z"), successors.get("N09000003")); // Belfast
    assertEquals(List.of("95A", "95J"), successors.get("N09000005")); // Derry and Strabane
  }

  @Test
  void successorsAreFollowedToTheCouncilsInForce() {
    // Taunton Deane -> Somerset West and Taunton (2019) -> Somerset (2023)
    assertEquals(List.of("E07000246"), codes(registerOn(LocalDate.of(2022, 3, 31)).successorsInForce("E07000190")));
    assertEquals(List.of("E06000066"), codes(registerOn(LocalDate.of(2024, 3, 31)).successorsInForce("E07000190")));
    // Cumbria was split in two; a council in force is its own successor
    assertEquals(List.of("E06000063", "E06000064"), codes(registerOn(LocalDate.of(2024, 3, 31)).successorsInForce("E10000006")));
    assertEquals(List.of("E10000006"), codes(studyRegister().successorsInForce("E10000006")));
    // not yet created on the period's last day, or unknown
    assertTrue(studyRegister().successorsInForce("E06000059").isEmpty());
    assertTrue(studyRegister().successorsInForce("X1").isEmpty());
  }

  static List<String> codes(List<Authority> authorities) {
    return authorities.stream().map(Authority::code).toList();
  }

  @Test
  void aCouncilIsFoundByItsOtherGssCodes() {
    // Glasgow's code changed with its boundary in 2018; the register keeps the 2011 code
    Register r = registerOn(LocalDate.of(2020, 3, 31));
    assertEquals("S12000046", r.byCode("s12000049").orElseThrow().code());
    assertEquals("S12000046", r.entry("S12000049").orElseThrow().authority().code());
  }

  @ParameterizedTest
  @CsvSource({"2015-04-01", "2019-04-01", "2020-04-01", "2021-04-01", "2023-04-01"})
  void everyNameAndAliasInForceResolvesToItsOwnAuthority(LocalDate day) {
    Register register = registerOn(day);
    CouncilResolver resolver = new CouncilResolver(register);
    for (Authority a : register.all()) {
      assertEquals(a.code(), CouncilResolverTest.resolvedCode(resolver.resolve(a.name())), a.name());
      for (String alias : a.aliases()) {
        assertEquals(a.code(), CouncilResolverTest.resolvedCode(resolver.resolve(alias)), alias + " of " + a.label());
      }
    }
  }

  @Test
  void everyRowHasAPopulationWithItsYearAndSource() {
    for (Authority a : Register.load(readRegister()).all()) {
      assertTrue(a.population() != null && a.population() > 0, a.label());
      assertTrue(a.populationYear() != null && a.populationSource() != null && !a.populationSource().isBlank(), a.label());
    }
  }

  static java.io.Reader readRegister() {
    try {
      return Files.newBufferedReader(REFERENCE.resolve("register.csv"));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void aDatedRowEndingBeforeItStartsIsRejected() {
    String csv = HEADER.strip() + ",start_date,end_date,predecessors,successors,other_codes\n"
        + "X1,A Council,T,England,,,1,2011,s,2020-04-01,2019-03-31,,,\n";
    var e = assertThrows(IllegalArgumentException.class, () -> Register.load(new StringReader(csv)));
    assertTrue(e.getMessage().contains("register.csv line 2: end_date 2019-03-31 before start_date 2020-04-01 (X1)"), e.getMessage());
  }

  @Test
  void aCodeNamingTwoAuthoritiesIsRejected() {
    String csv = HEADER.strip() + ",start_date,end_date,predecessors,successors,other_codes\n"
        + "X1,A Council,T,England,,,1,2011,s,,,,,X2\nX2,B Council,T,England,,,1,2011,s,,,,,\n";
    var e = assertThrows(IllegalArgumentException.class, () -> Register.load(new StringReader(csv)));
    assertTrue(e.getMessage().contains("code 'X2' belongs to both A Council (X1) and B Council (X2)"), e.getMessage());
  }

  @Test
  void laterSurveyPicksItsOwnRegister(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("old.csv"), HEADER + "X1,Old Council,T,England,,,1,2011,s\n");
    Files.writeString(dir.resolve("new.csv"), HEADER + "Y1,New Council,T,England,,,1,2021,s\n");
    Files.writeString(
        dir.resolve("registers.csv"),
        "file,valid_from,valid_to\nold.csv,2011-04-01,2015-03-31\nnew.csv,2019-04-01,2023-03-31\n");
    assertTrue(Register.forPeriod(ReferenceSource.folder(dir), new Period(STUDY_FROM, STUDY_TO)).byCode("X1").isPresent());
    assertTrue(
        Register.forPeriod(ReferenceSource.folder(dir), new Period(LocalDate.of(2020, 4, 1), LocalDate.of(2021, 3, 31))).byCode("Y1").isPresent());
  }

  @Test
  void registerSurvivesJavaSerialization() throws Exception {
    Register original = studyRegister();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(original);
    }
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      Register copy = (Register) in.readObject();
      assertEquals(original.all(), copy.all());
    }
  }

  @Test
  void populationYearsAndTheNoteWhenTheyAreFarFromThePeriod() {
    assertEquals(Map.of(2011, 433L), studyRegister().populationYears());
    assertTrue(studyRegister().populationNote().isEmpty(), "2011 figures for 2011-2014");
    Register recent = Register.forPeriod(ReferenceSource.folder(REFERENCE),
        new Period(LocalDate.of(2019, 4, 1), LocalDate.of(2022, 3, 31)));
    assertEquals(Map.of(2020, 43L, 2021, 355L), recent.populationYears(),
        "Scotland's 32 and NI's 11 have a mid-2020 figure, England's 333 and Wales's 22 the 2021 Census");
    assertTrue(recent.populationNote().isEmpty(), recent.populationNote().toString());
    Register later = Register.forPeriod(ReferenceSource.folder(REFERENCE),
        new Period(LocalDate.of(2013, 4, 1), LocalDate.of(2016, 3, 31)));
    String note = later.populationNote().orElseThrow();
    assertTrue(note.startsWith("rates per 100,000 use populations of 2020 (11 councils)"), note);
    assertTrue(note.endsWith("more than 3 years from the period 2013-04-01..2016-03-31: the register has no nearer figure"), note);
  }

  /**
   * The figure nearest the period's middle day (its 30 June), from the register's own (2011) and
   * populations.csv (2020 for Scotland, 2021 Census for England and Wales).
   */
  @ParameterizedTest
  @CsvSource({
    "2011-04-01,2014-03-31,E10000016,1463740,2011",
    "2011-04-01,2014-03-31,S12000036,476626,2011",
    "2011-04-01,2014-03-31,E06000045,236882,2011",
    "2019-04-01,2022-03-31,E10000016,1582000,2021",
    "2019-04-01,2022-03-31,S12000036,527620,2020",
    "2019-04-01,2022-03-31,E06000045,248200,2021",
    "2019-04-01,2022-03-31,N09000003,342560,2020",
    "2023-04-01,2026-03-31,E06000066,577000,2021",
  })
  void eachCouncilGetsThePopulationNearestThePeriod(LocalDate from, LocalDate to, String code, long population, int year) {
    Authority a = Register.forPeriod(ReferenceSource.folder(REFERENCE), new Period(from, to)).byCode(code).orElseThrow();
    assertEquals(population + " in " + year, a.population() + " in " + a.populationYear(), a.label() + ": " + a.populationSource());
  }

  /** populations.csv: ONS's figures for England and Wales, Scotland's flagged as not verified. */
  @Test
  void laterPopulationsAreFlaggedUnlessFromOns() {
    Register recent = Register.forPeriod(ReferenceSource.folder(REFERENCE),
        new Period(LocalDate.of(2019, 4, 1), LocalDate.of(2022, 3, 31)));
    for (Authority a : recent.all()) {
      boolean ons = a.populationSource().startsWith("ONS Census 2021");
      assertEquals(List.of("England", "Wales").contains(a.nation()), ons, a.label() + ": " + a.populationSource());
      assertEquals(!ons, a.populationSource().contains("approximate, not verified"), a.label());
    }
  }

  @ParameterizedTest
  @CsvSource({
    "2019-04-01,2022-03-31,2020",  // middle 2020-09-30: 92 days from mid-2020, 273 from mid-2021
    "2020-04-01,2023-03-31,2021",  // middle 2021-09-30
    "2020-01-01,2021-12-31,2021",  // middle 2020-12-31: 184 days from mid-2020, 181 from mid-2021
    "2009-04-01,2012-03-31,2011",
  })
  void nearestFigureIsByTheMiddleDay(LocalDate from, LocalDate to, int year) {
    List<Register.Figure> figures = List.of(new Register.Figure(1, 2011, "a"), new Register.Figure(2, 2020, "b"),
        new Register.Figure(3, 2021, "c"));
    assertEquals(year, Register.nearest(figures, new Period(from, to)).year());
  }

  @Test
  void aFolderWithoutPopulationsKeepsTheRegistersFigure(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("r.csv"), HEADER + "X1,A Council,T,England,,,100,2011,census\n");
    Files.writeString(dir.resolve("registers.csv"), "file,valid_from,valid_to\nr.csv,2009-04-01,\n");
    Period recent = new Period(LocalDate.of(2019, 4, 1), LocalDate.of(2022, 3, 31));
    assertEquals(100L, Register.forPeriod(ReferenceSource.folder(dir), recent).byCode("X1").orElseThrow().population());
    Files.writeString(dir.resolve("populations.csv"), "code,year,population,source\nX1,2021,120,census 2021\n");
    Authority a = Register.forPeriod(ReferenceSource.folder(dir), recent).byCode("X1").orElseThrow();
    assertEquals(List.of(120L, 2021, "census 2021"), List.of(a.population(), a.populationYear(), a.populationSource()));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "X1,2021,5,s\\nY9,2021,5,s\\nZ9,2021,5,s|populations.csv line 3: code 'Y9' is unknown to the register r.csv",
    "X1,2021,5,s\\nX1,2021,6,t|populations.csv line 3: a second 2021 figure for X1",
  })
  void populationsForUnknownCodesOrTwiceInAYearAreRefused(String rows, String message, @TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("r.csv"), HEADER + "X1,A Council,T,England,,,100,2011,census\n");
    Files.writeString(dir.resolve("registers.csv"), "file,valid_from,valid_to\nr.csv,2009-04-01,\n");
    Files.writeString(dir.resolve("populations.csv"), "code,year,population,source\n" + rows.replace("\\n", "\n") + "\n");
    var e = assertThrows(IllegalArgumentException.class, () -> Register.forPeriod(ReferenceSource.folder(dir),
        new Period(LocalDate.of(2019, 4, 1), LocalDate.of(2022, 3, 31))));
    assertTrue(e.getMessage().contains(message), e.getMessage());
  }
}
