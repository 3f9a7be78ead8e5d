package uk.breachreport.core.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import java.util.stream.Collectors;
import java.util.stream.Stream;

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
    double[] breaches = figures(councils.stream().filter(c -> c.breaches() != null),
        CouncilRow::breaches);
    double[] rates = figures(councils.stream().filter(c -> c.per100k() != null),
        CouncilRow::per100k);
    return councils.stream()
        .map(c -> c.withRanks(
            c.breaches() == null ? null : rank(breaches, c.breaches()),
            c.per100k() == null ? null : rank(rates, c.per100k())))
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

  /**
   * Ranks within a group (nation, region or type) from the league grouped once: scanning the
   * league for every council's every group made the factsheets' ranks quadratic in the councils.
   */
  public static Within within(List<CouncilRow> league, Function<CouncilRow, String> group) {
    Map<String, double[]> figures = new HashMap<>();
    league.stream()
        .filter(o -> o.ranked() && group.apply(o) != null)
        .collect(Collectors.groupingBy(group))
        .forEach((key, members) -> figures.put(key,
            figures(members.stream(), CouncilRow::breaches)));
    return new Within(group, figures);
  }

  /** The ranked councils' figures by group, ascending. */
  public static final class Within {

    private final Function<CouncilRow, String> group;
    private final Map<String, double[]> figures;

    private Within(Function<CouncilRow, String> group, Map<String, double[]> figures) {
      this.group = group;
      this.figures = figures;
    }

    /** The council's rank among the ranked councils sharing its group; null when unranked. */
    public Integer rank(CouncilRow row) {
      if (!row.ranked() || group.apply(row) == null) {
        return null;
      }
      return Rankings.rank(figures.get(group.apply(row)), row.breaches());
    }

    /** How many ranked councils share the council's group; null when it has none. */
    public Integer ranked(CouncilRow row) {
      String key = group.apply(row);
      return key == null ? null : figures.getOrDefault(key, new double[0]).length;
    }
  }

  /** The councils' figures, ascending. */
  private static double[] figures(Stream<CouncilRow> councils, ToDoubleFunction<CouncilRow> figure) {
    return councils.mapToDouble(figure).sorted().toArray();
  }

  /**
   * One more than the number of figures strictly above {@code own}, by binary search of the
   * ascending figures: comparing each council with every other was quadratic in the councils.
   */
  private static int rank(double[] ascending, double own) {
    int firstAbove = 0;
    int end = ascending.length;
    while (firstAbove < end) {
      int mid = (firstAbove + end) >>> 1;
      if (ascending[mid] > own) {
        end = mid;
      } else {
        firstAbove = mid + 1;
      }
    }
    return 1 + ascending.length - firstAbove;
  }
}
