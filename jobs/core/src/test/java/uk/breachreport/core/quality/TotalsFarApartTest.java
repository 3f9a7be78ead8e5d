package uk.breachreport.core.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.breachreport.core.model.Issue;
import uk.breachreport.core.model.SourceRef;

class TotalsFarApartTest {

  @Test
  void farApartIsTwiceAndTenBreachesApart() {
    assertTrue(TotalsFarApart.farApart(44, 216)); // "19" and footnote mark "1" read as 191
    assertTrue(TotalsFarApart.farApart(30, 10));
    assertFalse(TotalsFarApart.farApart(64, 61)); // a slip of arithmetic: the breakdown is used
    assertFalse(TotalsFarApart.farApart(2, 9)); // too few breaches to tell
    assertFalse(TotalsFarApart.farApart(29, 15));
  }

  @Test
  void aCouncilIsHeldForEachCountedFileFarOff() {
    SourceRef at = new SourceRef("kingston.html", "Table 1", 6);
    List<Issue> warnings = List.of(TotalsFarApart.warning(at, 44, 216),
        Issue.warning("TOTAL_MISMATCH", at, "stated total 44 but the breakdown sums to 216"),
        TotalsFarApart.warning(new SourceRef("old.xlsx", null, 3), 10, 40));
    Map<String, String> counted = TotalsFarApart.countedFiles(List.of(
        new AnswerForms.AnswerFile("E09000021", "kingston.html", 3, 216, Set.of("2011-12")),
        new AnswerForms.AnswerFile("E07000163", "old.xlsx", 1, 40, Set.of("2011-12"))),
        Set.of("old.xlsx"));
    assertEquals(List.of(new Hold("E09000021", "TOTAL_FAR_OFF", "kingston.html, sheet 'Table 1',"
        + " row 6: stated total 44 but the breakdown sums to 216: too far apart to publish either"
        + " until reviewed")), TotalsFarApart.holds(warnings, counted));
  }
}
