package uk.breachreport.core.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;

/**
 * The league table's one ranking rule, standard competition ranking (1, 2, 2, 4): a council's rank
 * is one more than the number of councils compared with it that have a strictly higher figure.
 * Councils with a figure are ranked by breaches, those with a population also by breaches per
 * 100,000 residents, and on a factsheet within their nation, region and type.
 */
public final class Rankings {

  private Rankings() {}

  /**
   * The league table: each council with its ranks, ranked councils first by rank, then the
   * unranked, each in code order.
   */
  public static List<CouncilRow> league(List<CouncilRow> councils) {
    List<CouncilRow> ranked = councils.stream().filter(c -> c.breaches() != null).toList();
    List<CouncilRow> rated = councils.stream().filter(c -> c.per100k() != null).toList();
    return councils.stream()
        .map(c -> c.withRanks(
            c.breaches() == null ? null : rank(ranked, c, CouncilRow::breaches),
            c.per100k() == null ? null : rank(rated, c, CouncilRow::per100k)))
        .sorted(Comparator.comparing(CouncilRow::rank, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(CouncilRow::code))
        .toList();
  }

  /**
   * Breaches per 100,000 residents, rounded half up to 2 places as Spark SQL's {@code round}
   * does (on the double's decimal form), so the league table and the breakdowns by nation, region
   * and type agree; null without a population.
   */
  public static Double per100k(long breaches, Long population) {
    if (population == null || population <= 0) {
      return null;
    }
    return BigDecimal.valueOf((double) breaches * 100_000 / population)
        .setScale(2, RoundingMode.HALF_UP).doubleValue();
  }

  /** The council's rank among the ranked councils sharing its group; null when unranked. */
  public static Integer rankWithin(List<CouncilRow> league, CouncilRow row,
      Function<CouncilRow, String> group) {
    if (!row.ranked() || group.apply(row) == null) {
      return null;
    }
    return rank(sharing(league, row, group), row, CouncilRow::breaches);
  }

  /** How many ranked councils share the council's group; null when it has none. */
  public static Integer rankedWithin(List<CouncilRow> league, CouncilRow row,
      Function<CouncilRow, String> group) {
    return group.apply(row) == null ? null : sharing(league, row, group).size();
  }

  private static List<CouncilRow> sharing(List<CouncilRow> league, CouncilRow row,
      Function<CouncilRow, String> group) {
    return league.stream()
        .filter(o -> o.ranked() && Objects.equals(group.apply(row), group.apply(o)))
        .toList();
  }

  private static int rank(List<CouncilRow> compared, CouncilRow row,
      ToDoubleFunction<CouncilRow> figure) {
    double own = figure.applyAsDouble(row);
    return 1 + (int) compared.stream().filter(o -> figure.applyAsDouble(o) > own).count();
  }
}
