package uk.breachreport.core.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class RankingsTest {

  /** A council not yet ranked: breaches null when it gave no figure. */
  static CouncilRow council(String code, String type, String nation, String region,
      Long breaches, Double per100k, Long population) {
    return new CouncilRow(null, code, "Council " + code, type, nation, region,
        breaches == null ? "REFUSED" : "RESPONDED", breaches, false, per100k, null, 0, 0, 0, 0, 0,
        0, 0, population);
  }

  static final List<CouncilRow> LEAGUE = Rankings.league(List.of(
      council("E", "District", "England", "London", null, null, 200_000L),
      council("D", "Unitary", "Wales", null, 0L, 0.0, 10_000L),
      council("B", "District", "England", "North East", 3L, 1.0, 300_000L),
      council("C", "Unitary", "Wales", null, 1L, 2.0, 50_000L),
      council("A", "District", "England", "North East", 3L, 3.0, 100_000L)));

  private static CouncilRow row(String code) {
    return LEAGUE.stream().filter(r -> r.code().equals(code)).findFirst().orElseThrow();
  }

  @Test
  void ratePerHundredThousandRoundsHalfUpOnTheDecimalForm() {
    assertEquals(3.0, Rankings.per100k(3, 100_000L));
    assertEquals(0.33, Rankings.per100k(1, 300_000L), "0.333... down");
    assertEquals(0.67, Rankings.per100k(2, 300_000L), "0.666... up");
    // 1.005 is 1.00499999... in binary; Spark's round, on the decimal form "1.005", gives 1.01.
    assertEquals(1.01, Rankings.per100k(201, 20_000_000L));
    assertNull(Rankings.per100k(5, null));
    assertNull(Rankings.per100k(5, 0L));
  }

  @Test
  void ranksByStandardCompetitionRankingWithTheUnrankedLast() {
    assertEquals(List.of("A", "B", "C", "D", "E"), LEAGUE.stream().map(CouncilRow::code).toList());
    assertEquals(Arrays.asList(1, 1, 3, 4, null), LEAGUE.stream().map(CouncilRow::rank).toList());
    assertEquals(Arrays.asList(1, 3, 2, 4, null),
        LEAGUE.stream().map(CouncilRow::rankPer100k).toList(), "by breaches per 100,000");
  }

  @Test
  void ranksWithinAGroupAmongTheRankedOnly() {
    Rankings.Within region = Rankings.within(LEAGUE, CouncilRow::region);
    Rankings.Within nation = Rankings.within(LEAGUE, CouncilRow::nation);
    assertEquals(1, region.rank(row("B")));
    assertEquals(2, region.ranked(row("B")));
    assertEquals(2, nation.rank(row("D")));
    assertEquals(2, nation.ranked(row("E")), "E refused: England has two ranked councils");
    assertNull(nation.rank(row("E")), "an unranked council");
    assertNull(region.rank(row("C")), "no region");
    assertNull(region.ranked(row("C")));
  }
}
