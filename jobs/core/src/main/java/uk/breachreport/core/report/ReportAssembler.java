package uk.breachreport.core.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import uk.breachreport.core.quality.QualityReport;

/**
 * The report's view model from the run's typed tables: the league table ranked, and each
 * council's factsheet with its ranks within nation, region and type and the councils most like
 * it. Pure: the Spark job collects the rows, this decides what the report says.
 */
public final class ReportAssembler {

  private static final String TITLE = "Personal data breaches at UK councils";

  /** Councils of the same type listed as similar on a factsheet. */
  static final int SIMILAR = 5;

  private ReportAssembler() {}

  /** The national figures: the headline and the six breakdowns. */
  public record National(Headline headline, List<BreakdownRow> byCategory,
      List<BreakdownRow> byYear, List<BreakdownRow> byAction, List<BreakdownRow> byNation,
      List<BreakdownRow> byRegion, List<BreakdownRow> byType) {}

  /** What each council's factsheet lists, by council code; a council missing from a map has none. */
  public record PerCouncil(Map<String, List<BreakdownRow>> byCategory,
      Map<String, List<BreakdownRow>> byAction, Map<String, List<BreakdownRow>> byYear,
      Map<String, List<SourceFile>> files, Map<String, List<IncidentLine>> incidents) {}

  /**
   * @param league the league table, ranked by {@link Rankings#league}
   * @param generatedOn the publication date, already formatted
   * @param change the comparison with an earlier survey ({@link ChangeSection#NONE} without one)
   */
  public static ReportModel assemble(LocalDate periodStart, LocalDate periodEnd,
      String generatedOn, String version, National national, List<CouncilRow> league,
      PerCouncil perCouncil, QualityReport quality, ChangeSection change) {
    return new ReportModel(TITLE, periodStart, periodEnd, generatedOn, version,
        national.headline(), national.byCategory(), national.byYear(), national.byAction(),
        national.byNation(), national.byRegion(), national.byType(), league,
        sheets(league, perCouncil),
        QualitySummary.of(quality), change);
  }

  /**
   * Every council's factsheet. The league is grouped once for all of them: each sheet scanning
   * and sorting the whole league made assembling quadratic in the councils (26 s of 8,660).
   */
  static List<CouncilSheet> sheets(List<CouncilRow> league, PerCouncil per) {
    Rankings.Within nation = Rankings.within(league, CouncilRow::nation);
    Rankings.Within region = Rankings.within(league, CouncilRow::region);
    Rankings.Within type = Rankings.within(league, CouncilRow::type);
    Function<CouncilRow, List<CouncilRow>> similar = similar(league);
    return league.stream().map(row -> {
      String code = row.code();
      return new CouncilSheet(row, nation.rank(row), nation.ranked(row), region.rank(row),
          region.ranked(row), type.rank(row), type.ranked(row),
          per.byCategory().getOrDefault(code, List.of()),
          per.byAction().getOrDefault(code, List.of()),
          per.byYear().getOrDefault(code, List.of()), similar.apply(row),
          per.files().getOrDefault(code, List.of()), per.incidents().getOrDefault(code, List.of()));
    }).toList();
  }

  /**
   * For a council, the ranked councils of the same type nearest in population, nearest first
   * (ties by code). Each type's councils are sorted by population once; a council's nearest are
   * then among those within the population gap of its {@link #SIMILAR}th nearest, found by
   * walking out from its place in that order.
   */
  static Function<CouncilRow, List<CouncilRow>> similar(List<CouncilRow> league) {
    Map<String, List<CouncilRow>> byType = new HashMap<>();
    league.stream()
        .filter(o -> o.ranked() && o.population() != null)
        .sorted(Comparator.comparingLong(CouncilRow::population))
        .forEach(o -> byType.computeIfAbsent(o.type(), t -> new ArrayList<>()).add(o));
    return row -> row.population() == null ? List.of()
        : nearest(byType.getOrDefault(row.type(), List.of()), row);
  }

  private static List<CouncilRow> nearest(List<CouncilRow> byPopulation, CouncilRow row) {
    long own = row.population();
    int right = firstAtLeast(byPopulation, own);
    int left = right - 1;
    long gap = -1;
    for (int found = 0; found < SIMILAR && (left >= 0 || right < byPopulation.size()); ) {
      long below = left >= 0 ? own - byPopulation.get(left).population() : Long.MAX_VALUE;
      long above = right < byPopulation.size()
          ? byPopulation.get(right).population() - own : Long.MAX_VALUE;
      CouncilRow next = byPopulation.get(below <= above ? left-- : right++);
      if (!next.code().equals(row.code())) {
        found++;
        gap = Math.min(below, above);
      }
    }
    if (gap < 0) {
      return List.of();
    }
    return byPopulation.subList(firstAtLeast(byPopulation, own - gap),
            firstAtLeast(byPopulation, own + gap + 1)).stream()
        .filter(o -> !o.code().equals(row.code()))
        .sorted(Comparator.comparingLong((CouncilRow o) -> Math.abs(o.population() - own))
            .thenComparing(CouncilRow::code))
        .limit(SIMILAR)
        .toList();
  }

  /** The index of the first council with at least this population (the list's size if none). */
  private static int firstAtLeast(List<CouncilRow> byPopulation, long population) {
    int low = 0;
    int high = byPopulation.size();
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (byPopulation.get(mid).population() < population) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    return low;
  }
}
