package uk.breachreport.core.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import uk.breachreport.core.compare.SurveyChange.Change;
import uk.breachreport.core.compare.SurveyChange.Survey;
import uk.breachreport.core.normalise.Period;
import uk.breachreport.core.normalise.Register;
import uk.breachreport.core.reference.ReferenceSource;

/** The comparison rule on the real register and survey tables as the job writes them. */
class SurveyChangeTest {

  static final Path REFERENCE = Path.of("../../data/reference");

  static Register register(String from, String to) {
    return Register.forPeriod(ReferenceSource.folder(REFERENCE),
        new Period(LocalDate.parse(from), LocalDate.parse(to)));
  }

  static final Register Y2019_2022 = register("2019-04-01", "2022-03-31");

  /** A survey from council_rankings rows "code,name,status,breaches" and its national figures. */
  static Survey survey(String total, long responded, String... councils) {
    String rankings = "rank,code,name,type,status,breaches,per_100k\n"
        + List.of(councils).stream().map(c -> {
          String[] f = c.split(",", -1);
          return ",%s,%s,,%s,%s,".formatted(f[0], f[1], f[2], f[3]);
        }).collect(Collectors.joining("\n"));
    String national = "metric,value\nauthorities_in_register,433\nauthorities_responded," + responded
        + "\nauthorities_nil_return,1\nbreaches_total," + total + "\nbreaches_lower_bound,false\n";
    return Survey.read(new StringReader(rankings), new StringReader(national));
  }

  static Map<String, Change> byCode(List<Change> changes) {
    return changes.stream().collect(Collectors.toMap(Change::code, Function.identity()));
  }

  @Test
  void sameCouncilInBothSurveys() {
    Map<String, Change> c = byCode(SurveyChange.compare(
        survey("10", 1, "E06000045,Southampton City Council,RESPONDED,10"),
        survey("8", 1, "E06000045,Southampton City Council,RESPONDED,8"), Y2019_2022));
    Change s = c.get("E06000045");
    assertEquals(10L, s.breaches());
    assertEquals(8L, s.earlierBreaches());
    assertEquals("RESPONDED", s.earlierStatus());
    assertEquals(2L, s.change());
    assertEquals(new BigDecimal("0.2500"), s.changeShare());
    assertEquals("", s.note());
  }

  @Test
  void councilRecodedSinceIsTheSameCouncil() {
    Change g = byCode(SurveyChange.compare(
        survey("5", 1, "S12000049,Glasgow City Council,RESPONDED,5"),
        survey("4", 1, "S12000046,Glasgow City Council,RESPONDED,4"), Y2019_2022)).get("S12000049");
    assertEquals(1L, g.change());
  }

  @Test
  void mergedCouncilIsComparedThroughItsPredecessorsSummed() {
    Change swt = byCode(SurveyChange.compare(
        survey("15", 1, "E07000246,Somerset West and Taunton Council,RESPONDED,15"),
        survey("12", 2, "E07000190,Taunton Deane Borough Council,RESPONDED,10",
            "E07000191,West Somerset District Council,NIL_RETURN,2"), Y2019_2022)).get("E07000246");
    assertEquals(12L, swt.earlierBreaches());
    assertEquals(3L, swt.change());
    assertEquals(new BigDecimal("0.2500"), swt.changeShare());
    assertEquals("NIL_RETURN|RESPONDED", swt.earlierStatus());
    assertEquals("merged: compared through its predecessors in the earlier survey, "
        + "Taunton Deane Borough Council (E07000190) 10 + West Somerset District Council (E07000191) 2", swt.note());
    assertEquals(List.of("Taunton Deane Borough Council", "West Somerset District Council"), swt.through(),
        "the factsheet names them");
  }

  @Test
  void mergedTwiceFollowsSuccessionsBack() {
    // Somerset Council (2023) <- Somerset West and Taunton (2019) <- Taunton Deane, West Somerset.
    Register today = register("2023-04-01", "2024-03-31");
    Change s = byCode(SurveyChange.compare(
        survey("40", 1, "E06000066,Somerset Council,RESPONDED,40"),
        survey("30", 6, "E10000027,Somerset County Council,RESPONDED,10", "E07000187,Mendip District Council,RESPONDED,5",
            "E07000188,Sedgemoor District Council,RESPONDED,5", "E07000189,South Somerset District Council,NIL_RETURN,0",
            "E07000190,Taunton Deane Borough Council,RESPONDED,6", "E07000191,West Somerset District Council,RESPONDED,4"),
        today)).get("E06000066");
    assertEquals(30L, s.earlierBreaches());
    assertEquals(10L, s.change());
  }

  @Test
  void councilWhosePredecessorWasSplitHasNoEarlierFigure() {
    Register today = register("2023-04-01", "2024-03-31");
    Change c = byCode(SurveyChange.compare(
        survey("9", 1, "E06000063,Cumberland Council,RESPONDED,9"),
        survey("8", 4, "E10000006,Cumbria County Council,RESPONDED,5", "E07000026,Allerdale District Council,RESPONDED,1",
            "E07000028,Carlisle City Council,RESPONDED,1", "E07000029,Copeland District Council,RESPONDED,1"),
        today)).get("E06000063");
    assertNull(c.earlierBreaches());
    assertNull(c.change());
    assertTrue(c.note().contains("Cumbria County Council (E10000006) was split between Cumberland Council (E06000063) "
        + "and Westmorland and Furness Council (E06000064)"), c.note());
    assertEquals("Cumbria County Council was split between Cumberland Council and Westmorland and Furness "
        + "Council, so its earlier figure cannot be credited to one council", c.reason(), "plain words");
  }

  @Test
  void predecessorsWithoutAFigureForOneReasonAreNamedInOneClause() {
    Change swt = byCode(SurveyChange.compare(
        survey("15", 1, "E07000246,Somerset West and Taunton Council,RESPONDED,15"),
        survey("0", 0, "E07000190,Taunton Deane Borough Council,NO_RESPONSE,",
            "E07000191,West Somerset District Council,NO_RESPONSE,"), Y2019_2022)).get("E07000246");
    assertEquals("Taunton Deane Borough Council and West Somerset District Council did not answer the previous"
        + " survey", swt.reason());
  }

  @Test
  void predecessorWithoutAFigureLeavesTheSumBlank() {
    Change swt = byCode(SurveyChange.compare(
        survey("15", 1, "E07000246,Somerset West and Taunton Council,RESPONDED,15"),
        survey("10", 1, "E07000190,Taunton Deane Borough Council,RESPONDED,10",
            "E07000191,West Somerset District Council,REFUSED,"), Y2019_2022)).get("E07000246");
    assertNull(swt.earlierBreaches());
    assertEquals("REFUSED|RESPONDED", swt.earlierStatus());
    assertTrue(swt.note().startsWith("merged: not every predecessor gave a figure"), swt.note());
    assertEquals("West Somerset District Council refused the previous survey's request", swt.reason());
  }

  @Test
  void blankWhereEitherSurveyHasNoFigureAndNoShareOfZero() {
    Map<String, Change> c = byCode(SurveyChange.compare(
        survey("3", 1, "E06000045,Southampton City Council,REFUSED,", "E06000046,Isle of Wight Council,RESPONDED,3"),
        survey("0", 1, "E06000045,Southampton City Council,RESPONDED,8", "E06000046,Isle of Wight Council,NIL_RETURN,0"),
        Y2019_2022));
    assertNull(c.get("E06000045").change());
    assertEquals(3L, c.get("E06000046").change());
    assertNull(c.get("E06000046").changeShare());
  }

  @Test
  void councilInNeitherFormShowsNoEarlierFigure() {
    Change c = byCode(SurveyChange.compare(
        survey("3", 1, "E06000045,Southampton City Council,RESPONDED,3"),
        survey("0", 0), Y2019_2022)).get("E06000045");
    assertNull(c.earlierBreaches());
    assertEquals("not in the earlier survey", c.note());
  }

  @Test
  void nationalRowComparesTheTotals() {
    List<Change> all = SurveyChange.compare(survey("120", 5), survey("100", 3), Y2019_2022);
    Change national = all.get(all.size() - 1);
    assertEquals(SurveyChange.NATIONAL_NAME, national.name());
    assertEquals(20L, national.change());
    assertEquals(new BigDecimal("0.2000"), national.changeShare());
    assertEquals("all breaches counted; 6 councils gave figures in this survey, 4 in the earlier one", national.note());
  }

  @Test
  void tableWithoutItsColumnsIsRefused() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Survey.read(
        new StringReader("code,name\nE06000045,Southampton\n"), new StringReader("metric,value\n")));
    assertTrue(e.getMessage().contains("council_rankings.csv has no column(s) [status, breaches]"), e.getMessage());
  }

  @Test
  void readsLowerBoundsWhereTheTablesGiveThem() {
    Survey s = Survey.read(new StringReader("code,name,status,breaches,lower_bound\n"
            + "E06000045,Southampton City Council,RESPONDED,12,true\nE06000059,Dorset Council,RESPONDED,3,false\n"),
        new StringReader("metric,value\nauthorities_responded,2\nauthorities_nil_return,0\nbreaches_total,15\n"
            + "breaches_lower_bound,true\n"));
    assertTrue(s.lowerBound());
    assertEquals(List.of(true, false), s.councils().stream().map(SurveyChange.Figure::lowerBound).toList());
    Survey marked = survey("3", 1, "E06000059,Dorset Council,RESPONDED,3")
        .withLowerBounds(java.util.Set.of("E06000059"));
    assertTrue(marked.councils().get(0).lowerBound(), "this survey's league table marks them");
  }
}
