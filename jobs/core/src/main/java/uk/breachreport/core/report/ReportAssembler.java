package uk.breachreport.core.report;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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
        league.stream().map(row -> sheet(league, row, perCouncil)).toList(),
        QualitySummary.of(quality), change);
  }

  static CouncilSheet sheet(List<CouncilRow> league, CouncilRow row, PerCouncil per) {
    String code = row.code();
    return new CouncilSheet(row,
        Rankings.rankWithin(league, row, CouncilRow::nation),
        Rankings.rankedWithin(league, row, CouncilRow::nation),
        Rankings.rankWithin(league, row, CouncilRow::region),
        Rankings.rankedWithin(league, row, CouncilRow::region),
        Rankings.rankWithin(league, row, CouncilRow::type),
        Rankings.rankedWithin(league, row, CouncilRow::type),
        per.byCategory().getOrDefault(code, List.of()), per.byAction().getOrDefault(code, List.of()),
        per.byYear().getOrDefault(code, List.of()), similar(league, row),
        per.files().getOrDefault(code, List.of()), per.incidents().getOrDefault(code, List.of()));
  }

  /** Ranked councils of the same type nearest in population, nearest first. */
  static List<CouncilRow> similar(List<CouncilRow> league, CouncilRow row) {
    if (row.population() == null) {
      return List.of();
    }
    return league.stream()
        .filter(o -> !o.code().equals(row.code()) && o.ranked() && o.population() != null
            && Objects.equals(o.type(), row.type()))
        .sorted(Comparator.comparingLong((CouncilRow o) -> Math.abs(o.population() - row.population()))
            .thenComparing(CouncilRow::code))
        .limit(SIMILAR)
        .toList();
  }
}
