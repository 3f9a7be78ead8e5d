package uk.breachreport.core.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class ReportAssemblerTest {

  private static final ReportAssembler.PerCouncil NOTHING = new ReportAssembler.PerCouncil(
      Map.of(), Map.of(), Map.of(), Map.of(), Map.of());

  @Test
  void aFactsheetHasItsRanksWithinNationRegionAndType() {
    CouncilRow b = RankingsTest.LEAGUE.get(1);
    CouncilSheet sheet = ReportAssembler.sheets(RankingsTest.LEAGUE, NOTHING).get(1);
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
        ReportAssembler.similar(league).apply(x).stream().map(CouncilRow::code).toList(),
        "five, nearest first, ties by code; not itself, the refusal R, the unitary U, nor P"
            + " without a population");
  }

  /**
   * The league grouped once gives each sheet what comparing it with every council gives: a league
   * with many ties in breaches and population (twin councils), refusals, councils without a
   * population, region or type.
   */
  @Test
  void ranksAndSimilarCouncilsAreThoseOfComparingWithEveryCouncil() {
    Random random = new Random(14);
    List<String> types = Arrays.asList("District", "Unitary", "County", null);
    List<String> regions = Arrays.asList("London", "North East", null);
    List<CouncilRow> councils = new ArrayList<>();
    for (int i = 0; i < 400; i++) {
      councils.add(RankingsTest.council(String.format("C%03d", i),
          types.get(random.nextInt(types.size())), i % 3 == 0 ? "Wales" : "England",
          regions.get(random.nextInt(regions.size())),
          random.nextInt(8) == 0 ? null : (long) random.nextInt(12), null,
          random.nextInt(10) == 0 ? null : 1_000L * random.nextInt(40)));
    }
    List<CouncilRow> league = Rankings.league(councils);
    List<CouncilSheet> sheets = ReportAssembler.sheets(league, NOTHING);
    for (int i = 0; i < league.size(); i++) {
      CouncilRow row = league.get(i);
      CouncilSheet sheet = sheets.get(i);
      assertEquals(Arrays.asList(rankAmong(league, row, CouncilRow::nation),
              countAmong(league, row, CouncilRow::nation),
              rankAmong(league, row, CouncilRow::region), countAmong(league, row, CouncilRow::region),
              rankAmong(league, row, CouncilRow::type), countAmong(league, row, CouncilRow::type)),
          Arrays.asList(sheet.rankInNation(), sheet.rankedInNation(), sheet.rankInRegion(),
              sheet.rankedInRegion(), sheet.rankInType(), sheet.rankedInType()), row.code());
      assertEquals(similarAmong(league, row), sheet.similar(), row.code());
    }
  }

  private static List<CouncilRow> sharing(List<CouncilRow> league, CouncilRow row,
      Function<CouncilRow, String> group) {
    return league.stream()
        .filter(o -> o.ranked() && Objects.equals(group.apply(row), group.apply(o))).toList();
  }

  private static Integer rankAmong(List<CouncilRow> league, CouncilRow row,
      Function<CouncilRow, String> group) {
    return !row.ranked() || group.apply(row) == null ? null
        : 1 + (int) sharing(league, row, group).stream()
            .filter(o -> o.breaches() > row.breaches()).count();
  }

  private static Integer countAmong(List<CouncilRow> league, CouncilRow row,
      Function<CouncilRow, String> group) {
    return group.apply(row) == null ? null : sharing(league, row, group).size();
  }

  private static List<CouncilRow> similarAmong(List<CouncilRow> league, CouncilRow row) {
    return row.population() == null ? List.of() : league.stream()
        .filter(o -> !o.code().equals(row.code()) && o.ranked() && o.population() != null
            && Objects.equals(o.type(), row.type()))
        .sorted(Comparator.comparingLong((CouncilRow o) -> Math.abs(o.population() - row.population()))
            .thenComparing(CouncilRow::code))
        .limit(ReportAssembler.SIMILAR)
        .toList();
  }
}
