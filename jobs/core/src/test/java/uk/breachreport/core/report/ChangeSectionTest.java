package uk.breachreport.core.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.breachreport.core.compare.SurveyChange;
import uk.breachreport.core.compare.SurveyChange.Change;

/** The report's "Change since the previous survey" from change.csv's rows, and its rendering. */
class ChangeSectionTest {

  static final List<Change> CHANGES = List.of(
      change("E06000045", "Southampton City Council", 12L, 8L, List.of()),
      change("E07000246", "Somerset West and Taunton Council", 2L, 5L,
          List.of("Taunton Deane Borough Council", "West Somerset District Council")),
      change("E06000059", "Dorset Council", 3L, 3L, List.of()),
      new Change("E06000060", "Buckinghamshire Council", 1L, "RESPONDED", null, "REFUSED", null, null, "",
          List.of(), false, false, null),
      new Change("E06000063", "Cumberland Council", 4L, "RESPONDED", null, "RESPONDED", null, null,
          "merged: Cumbria County Council (E10000006) was split between Cumberland Council (E06000063) and "
              + "Westmorland and Furness Council (E06000064): no earlier figure can be credited to one of them",
          List.of("Allerdale Borough Council", "Cumbria County Council"), false, false,
          "Cumbria County Council was split between Cumberland Council and Westmorland and Furness Council,"
              + " so its earlier figure cannot be credited to one council"),
      new Change(SurveyChange.NATIONAL_CODE, SurveyChange.NATIONAL_NAME, 22L, "", 16L, "", 6L,
          new BigDecimal("0.3750"), "all breaches counted; 5 councils gave figures in this survey, 3 in the earlier one",
          List.of(), false, false, null));

  static Change change(String code, String name, long now, long earlier, List<String> through) {
    long diff = now - earlier;
    return new Change(code, name, now, "RESPONDED", earlier, "RESPONDED", diff,
        BigDecimal.valueOf(diff).divide(BigDecimal.valueOf(earlier), 4, java.math.RoundingMode.HALF_UP),
        through.isEmpty() ? "" : "merged: compared through its predecessors in the earlier survey, ...", through,
        false, false, null);
  }

  @Test
  void lowerBoundsSayAtLeast() {
    ChangeSection s = ChangeSection.of(List.of(
        new Change("E06000045", "Southampton City Council", 12L, "RESPONDED", 8L, "RESPONDED", 4L,
            new BigDecimal("0.5000"), "", List.of(), true, true, null),
        new Change("E06000059", "Dorset Council", 3L, "RESPONDED", 3L, "RESPONDED", 0L,
            BigDecimal.ZERO.setScale(4), "", List.of(), true, false, null),
        new Change("E06000060", "Buckinghamshire Council", null, "REFUSED", 5L, "RESPONDED", null, null, "",
            List.of(), false, true, null),
        new Change(SurveyChange.NATIONAL_CODE, SurveyChange.NATIONAL_NAME, 22L, "", 16L, "", 6L,
            new BigDecimal("0.3750"), "all breaches counted; 5 councils gave figures in this survey, 3 in the "
                + "earlier one", List.of(), false, true, null)));
    assertEquals("At least 12 breaches, up 4 (50.0%) from at least 8 in the previous survey.",
        s.line("E06000045"));
    assertEquals("The same as in the previous survey (at least 3).", s.line("E06000059"));
    assertEquals("At least 5 breaches in the previous survey; no figure in this one.", s.line("E06000060"));
    assertEquals("Councils recorded 22 breaches in this survey, up 6 (37.5%) from at least 16 in the previous "
        + "survey. 5 councils gave figures in this survey, 3 in the earlier one. Like for like, the 2 councils"
        + " with a figure in both surveys recorded at least 15 breaches, up 4 (36.4%) from at least 11 in the"
        + " previous survey.", s.summary());
    assertTrue(s.chart().lowerBound(), "the chart says its figures are lower bounds");
  }

  @Test
  void withNoCouncilInBothSurveysTheSummarySaysThereIsNoLikeForLikeChange() {
    ChangeSection s = ChangeSection.of(List.of(
        new Change("E06000045", "Southampton City Council", 12L, "RESPONDED", null, "NO_RESPONSE", null,
            null, "", List.of(), false, false, null),
        new Change(SurveyChange.NATIONAL_CODE, SurveyChange.NATIONAL_NAME, 12L, "", 40L, "", -28L,
            new BigDecimal("-0.7000"), "all breaches counted; 1 council gave figures in this survey, 4 in the "
                + "earlier one", List.of(), false, false, null)));
    assertTrue(s.summary().endsWith("No council has a figure in both surveys, so there is no like-for-like"
        + " change."), s.summary());
  }

  @Test
  void factsheetLinesSayTheChangeOrHowTheCouncilWasCompared() {
    ChangeSection s = ChangeSection.of(CHANGES);
    assertEquals("12 breaches, up 4 (50.0%) from 8 in the previous survey.", s.line("E06000045"));
    assertEquals("Compared through its predecessors Taunton Deane Borough Council and West Somerset District "
        + "Council: 2 breaches, down 3 (60.0%) from 5 in the previous survey.", s.line("E07000246"));
    assertEquals("The same as in the previous survey (3).", s.line("E06000059"));
    assertEquals("Not compared: in the previous survey its answer was “refused”.", s.line("E06000060"));
    assertEquals("Not compared with the previous survey: Cumbria County Council was split between Cumberland "
        + "Council and Westmorland and Furness Council, so its earlier figure cannot be credited to one council.",
        s.line("E06000063"));
    assertNull(s.line(SurveyChange.NATIONAL_CODE), "the national row is the section, not a factsheet");
  }

  @Test
  void sectionHasTheNationalSentenceTheChartAndTheMergedCouncils() {
    ChangeSection s = ChangeSection.of(CHANGES);
    assertEquals("Councils recorded 22 breaches in this survey, up 6 (37.5%) from 16 in the previous survey. "
        + "5 councils gave figures in this survey, 3 in the earlier one. Like for like, the 3 councils with a"
        + " figure in both surveys recorded 17 breaches, up 1 (6.3%) from 16 in the previous survey.",
        s.summary());
    assertEquals(List.of("Previous survey 16", "This survey 22"),
        s.chart().bars().stream().map(b -> b.label() + " " + b.valueText()).toList());
    assertEquals(List.of("Southampton City Council", "Dorset Council", "Somerset West and Taunton Council"),
        s.councils().stream().map(ChangeSection.Row::name).toList(), "largest rise first");
    assertEquals(List.of("-60.0%", "through Taunton Deane Borough Council and West Somerset District Council"),
        List.of(s.councils().get(2).share(), s.councils().get(2).note()));
    assertEquals(List.of("Somerset West and Taunton Council"),
        s.merged().stream().map(ChangeSection.Row::name).toList(), "only councils compared");
    assertEquals("1 council that merged could not be compared through its predecessors; each factsheet says why.",
        s.notCompared());
  }

  @Test
  void reportHasTheSectionAndTheFactsheetItsLineOnlyWhenCompared() {
    ReportModel plain = ReportFixture.model();
    ReportModel compared = withChange(plain, ChangeSection.of(CHANGES));
    ReportRenderer renderer = new ReportRenderer();
    assertFalse(renderer.indexHtml(plain).contains("Change since the previous survey"));
    String index = renderer.indexHtml(compared);
    assertTrue(index.contains("<h2>Change since the previous survey</h2>"), index);
    assertTrue(index.contains("id=\"chart-change\""));
    assertTrue(index.contains("compared through their predecessors"));
    assertTrue(renderer.printHtml(compared).contains("Change since the previous survey"));
    CouncilSheet southampton = ReportFixture.southamptonSheet();
    assertFalse(renderer.councilHtml(plain, southampton).contains("previous survey"));
    assertTrue(renderer.councilHtml(compared, southampton)
        .contains("12 breaches, up 4 (50.0%) from 8 in the previous survey."));
  }

  private static ReportModel withChange(ReportModel m, ChangeSection change) {
    return new ReportModel(m.title(), m.periodStart(), m.periodEnd(), m.generatedOn(), m.version(),
        m.headline(), m.byCategory(), m.byYear(), m.byAction(), m.byNation(), m.byRegion(), m.byType(),
        m.rankings(), m.councils(), m.quality(), change);
  }
}
