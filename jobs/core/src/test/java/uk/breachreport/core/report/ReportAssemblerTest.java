package uk.breachreport.core.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReportAssemblerTest {

  private static final ReportAssembler.PerCouncil NOTHING = new ReportAssembler.PerCouncil(
      Map.of(), Map.of(), Map.of(), Map.of(), Map.of());

  @Test
  void aFactsheetHasItsRanksWithinNationRegionAndType() {
    CouncilRow b = RankingsTest.LEAGUE.get(1);
    CouncilSheet sheet = ReportAssembler.sheet(RankingsTest.LEAGUE, b, NOTHING);
    assertEquals("B", sheet.row().code());
    assertEquals(List.of(1, 2, 1, 2, 1, 2), List.of(sheet.rankInNation(), sheet.rankedInNation(),
        sheet.rankInRegion(), sheet.rankedInRegion(), sheet.rankInType(), sheet.rankedInType()));
    assertEquals(List.of(), sheet.files(), "a council without files has none listed");
  }

  @Test
  void similarCouncilsAreRankedOnesOfTheSameTypeNearestInPopulation() {
    List<CouncilRow> league = Rankings.league(List.of(
        RankingsTest.council("X", "District", "England", null, 5L, null, 100_000L),
        RankingsTest.council("N1", "District", "England", null, 1L, null, 101_000L),
        RankingsTest.council("N2", "District", "England", null, 1L, null, 99_000L),
        RankingsTest.council("F", "District", "England", null, 1L, null, 400_000L),
        RankingsTest.council("R", "District", "England", null, null, null, 100_500L),
        RankingsTest.council("U", "Unitary", "England", null, 1L, null, 100_000L),
        RankingsTest.council("P", "District", "England", null, 1L, null, null),
        RankingsTest.council("M1", "District", "England", null, 1L, null, 102_000L),
        RankingsTest.council("M2", "District", "England", null, 1L, null, 98_000L),
        RankingsTest.council("M3", "District", "England", null, 1L, null, 103_000L)));
    CouncilRow x = league.stream().filter(r -> r.code().equals("X")).findFirst().orElseThrow();
    assertEquals(List.of("N1", "N2", "M1", "M2", "M3"),
        ReportAssembler.similar(league, x).stream().map(CouncilRow::code).toList(),
        "five, nearest first, ties by code; not itself, the refusal R, the unitary U, nor P"
            + " without a population");
  }
}
