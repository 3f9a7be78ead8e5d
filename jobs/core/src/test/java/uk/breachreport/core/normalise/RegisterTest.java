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
    assertTrue(e.getMessage().contains("duplicate code 'X1' at line 3"), e.getMessage());
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
    assertTrue(e.getMessage().contains("population 'lots' at line 2 (X1)"), e.getMessage());
  }

  @ParameterizedTest
  @CsvSource({"2011-04-01,2014-03-31", "2012-04-01,2013-03-31", "2011-04-01,2015-03-31"})
  void studyRegisterCoversPeriodsInsideItsValidity(LocalDate from, LocalDate to) {
    assertEquals(433, Register.forPeriod(ReferenceSource.folder(REFERENCE), new Period(from, to)).size());
  }

  @ParameterizedTest
  @CsvSource({"2010-04-01,2014-03-31", "2015-04-01,2018-03-31", "2011-04-01,2016-03-31"})
  void periodWithoutRegisterNamesThePeriodAndTheAvailableOnes(LocalDate from, LocalDate to) {
    var e = assertThrows(IllegalArgumentException.class, () -> Register.forPeriod(ReferenceSource.folder(REFERENCE), new Period(from, to)));
    assertTrue(e.getMessage().contains(from + ".." + to), e.getMessage());
    assertTrue(e.getMessage().contains("register-2011-2014.csv 2011-04-01..2015-03-31"), e.getMessage());
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
}
