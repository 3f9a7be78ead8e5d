package uk.breachreport.core.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringReader;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import uk.breachreport.core.normalise.CouncilResolver;

class CouncilReviewTest {

  private static Corrections load(String csv) {
    return Corrections.load(new StringReader("authority,file,sheet,row,field,value,note\n" + csv),
        new CouncilResolver(CorrectionsTest.REGISTER));
  }

  @Test
  void aTotalReplacesTheRecordsAndAStatusOfNoneStopsTheTotalCounting() {
    Map<Integer, String> effects = new TreeMap<>();
    CouncilReview.Corrected c = CouncilReview.correct(load("""
        Bristol,,,,total,22,Council's revised figure
        Bristol,,,,status,refused,Refused on review
        E08000036,,,,status,held_for_review,Figures look wrong
        """), CorrectionsTest.REGISTER, Map.of("E06000023", 5L), "sha", effects);
    assertEquals(List.of("E06000023"), c.replaced().stream().map(CouncilReview.Exclusion::authorityCode).toList());
    assertEquals(22L, c.totals().get(0).incidentCount());
    assertEquals(ExclusionCode.STATUS_SET_BY_CORRECTION, c.notCounted().get(0).code());
    assertEquals(Map.of(2, "total set to 22 breaches, in place of 5 record(s)",
        3, "status set to REFUSED, 1 record(s) not counted", 4, "status set to HELD_FOR_REVIEW"),
        effects);
    assertEquals(Set.of("E06000023"), c.decidedByAnalyst());
    assertEquals(List.of(new Hold("E08000036", "SET_BY_CORRECTION", "Figures look wrong")), c.holds());
  }

  @Test
  void aConfirmationReleasesOnlyTheTotalItNames() {
    Map<Integer, String> effects = new TreeMap<>();
    Map<Integer, String> refused = new TreeMap<>();
    Corrections corrections = load("""
        Rutland County Council,,,,confirm,48220,Checked by phone
        Bristol,,,,confirm,10,Not held
        """);
    List<Hold> holds = List.of(new Hold("E06000017", "HUGE_CELL", "a single count of 48,210"),
        new Hold("E08000036", "ABOVE_POPULATION", "too many"));
    List<HeldCouncil> held = CouncilReview.held(corrections, CorrectionsTest.REGISTER, holds,
        Set.of("E08000036"), Map.of("E06000017", 48_000L), effects, refused);
    assertEquals(List.of("E06000017"), held.stream().map(HeldCouncil::code).toList(),
        "Rutland's total is 48,000, not the 48,220 confirmed; E08000036's status was decided");
    assertEquals(Map.of(2, "the council's total is 48,000, not the 48,220 confirmed",
        3, "the council is not held for review"), refused);
    assertEquals(Map.of(), effects);
  }
}
