package uk.breachreport.core.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.breachreport.core.quality.Plausibility.CouncilFigures;

/** The checks with the thresholds shipped in data/reference/plausibility.csv. */
class PlausibilityTest {

  static Plausibility shipped;

  @BeforeAll
  static void load() throws IOException {
    try (Reader r = Files.newBufferedReader(Path.of(System.getProperty("project.root", "../.."))
        .resolve("data/reference/plausibility.csv"))) {
      shipped = Plausibility.load(r);
    }
  }

  private static CouncilFigures council(String code, String type, long population, long breaches,
      long maxCell, Map<String, Long> years) {
    return new CouncilFigures(code, type, population, breaches, maxCell, years);
  }

  private static List<String> codes(List<CouncilFigures> councils) {
    return shipped.check(councils).stream().map(h -> h.authorityCode() + " " + h.code()).toList();
  }

  @Test
  void ordinaryCouncilsPass() {
    assertEquals(List.of(), codes(List.of(
        council("A", "District", 50_000, 12, 3, Map.of("2011-12", 4L, "2012-13", 8L)),
        council("B", "District", 90_000, 70, 70, Map.of()),
        council("C", "District", 60_000, 5, 5, Map.of()),
        council("D", "District", 70_000, 650, 650, Map.of()))));
  }

  @Test
  void aTotalAboveThePopulationAndAHugeCellAreHeld() {
    assertEquals(List.of("R ABOVE_POPULATION", "R HUGE_CELL"), codes(List.of(
        council("R", "Unitary", 37_000, 48_220, 48_210, Map.of()))));
  }

  @Test
  void aCouncilFarAboveEveryOtherOfItsTypeIsHeld() {
    assertEquals(List.of("X FAR_ABOVE_TYPE"), codes(List.of(
        council("A", "County", 800_000, 30, 30, Map.of()),
        council("B", "County", 800_000, 40, 40, Map.of()),
        council("C", "County", 800_000, 20, 20, Map.of()),
        council("X", "County", 800_000, 4_500, 900, Map.of()))));
  }

  @Test
  void aCouncilIsComparedWithTheOthersOfItsTypeOnly() {
    // Two councils tied far above the rest are each other's highest; the one above both is held
    // against the other councils of its type with a figure (not itself, not a nil, not a District).
    List<Hold> holds = shipped.check(List.of(
        council("A", "County", 800_000, 30, 30, Map.of()),
        council("B", "County", 800_000, 40, 40, Map.of()),
        council("C", "County", 800_000, 0, 0, Map.of()),
        council("D", "District", 800_000, 9_000, 900, Map.of()),
        council("T1", "County", 800_000, 2_000, 900, Map.of()),
        council("T2", "County", 800_000, 2_000, 900, Map.of()),
        council("X", "County", 800_000, 25_000, 900, Map.of()),
        council("Z", null, 800_000, 5_000, 900, Map.of())));
    assertEquals(List.of("X FAR_ABOVE_TYPE 25,000 breaches, over 10 times the highest of the other"
        + " 4 councils of its type (2,000)"), holds.stream()
        .map(h -> h.authorityCode() + " " + h.code() + " " + h.message()).toList());
  }

  @Test
  void aYearOutOfLineWithTheCouncilsOtherYearsIsHeld() {
    assertEquals(List.of("Y YEAR_OUT_OF_LINE"), codes(List.of(council("Y", "District", 100_000,
        2_010, 2_000, Map.of("2011-12", 4L, "2012-13", 2_000L, "2013-14", 6L)))));
  }

  @Test
  void smallFiguresAreNotComparedAndAMissingThresholdIsAnError() {
    assertEquals(List.of(), codes(List.of(council("Y", "District", 100_000, 95, 90,
        Map.of("2011-12", 1L, "2012-13", 90L, "2013-14", 4L)))));
    assertThrows(IllegalArgumentException.class, () -> Plausibility.load(new StringReader(
        "check,value,note\nmax_cell,10000,\n")));
  }
}
