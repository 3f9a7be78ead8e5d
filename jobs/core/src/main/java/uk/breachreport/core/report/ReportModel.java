package uk.breachreport.core.report;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Everything the national report and the factsheets show, computed by the caller: templates only
 * render it. {@code generatedOn} is already formatted, so output does not depend on the clock.
 */
public record ReportModel(
    String title,
    LocalDate periodStart,
    LocalDate periodEnd,
    String generatedOn,
    String version,
    Headline headline,
    List<BreakdownRow> byCategory,
    List<BreakdownRow> byYear,
    List<BreakdownRow> byAction,
    List<BreakdownRow> byNation,
    List<BreakdownRow> byRegion,
    List<BreakdownRow> byType,
    List<CouncilRow> rankings,
    List<CouncilSheet> councils,
    QualitySummary quality,
    ChangeSection change) {

  /** The most councils the printed league table lists ({@link #printedRankings}). */
  public static final int PRINTED_COUNCILS = 1_000;

  private static final DateTimeFormatter LONG_DATE =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

  public ReportModel {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(periodStart, "periodStart");
    Objects.requireNonNull(periodEnd, "periodEnd");
    Objects.requireNonNull(headline, "headline");
    Objects.requireNonNull(quality, "quality");
    if (periodEnd.isBefore(periodStart)) {
      throw new IllegalArgumentException(
          "Report period ends (" + periodEnd + ") before it starts (" + periodStart
              + "); expected start <= end");
    }
    byCategory = List.copyOf(byCategory);
    byYear = List.copyOf(byYear);
    byAction = List.copyOf(byAction);
    byNation = List.copyOf(byNation);
    byRegion = List.copyOf(byRegion);
    byType = List.copyOf(byType);
    rankings = List.copyOf(rankings);
    councils = List.copyOf(councils);
    change = change == null ? ChangeSection.NONE : change;
  }

  /** Days in the period, both ends included (1 April 2011 to 31 March 2014 is 1,096 days). */
  public long days() {
    return ChronoUnit.DAYS.between(periodStart, periodEnd) + 1;
  }

  public double breachesPerDay() {
    return (double) headline.breachesTotal() / days();
  }

  public String periodFrom() {
    return LONG_DATE.format(periodStart);
  }

  public String periodTo() {
    return LONG_DATE.format(periodEnd);
  }

  /**
   * The league table as the printed report shows it: every council, or the first {@value
   * #PRINTED_COUNCILS} when there are more. Hundreds of pages of table are not read on paper, and
   * laying them out was most of the PDF's time at thousands of councils; the full table is in the
   * report on screen and in the downloads.
   */
  public List<CouncilRow> printedRankings() {
    return rankings.size() <= PRINTED_COUNCILS ? rankings : rankings.subList(0, PRINTED_COUNCILS);
  }

  /** Councils with a rank: those that answered, nil returns included. */
  public long rankedCount() {
    return rankings.stream().filter(r -> r.rank() != null).count();
  }
}
