package uk.breachreport.core.report;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import uk.breachreport.core.compare.SurveyChange;
import uk.breachreport.core.compare.SurveyChange.Change;

/**
 * "Change since the previous survey" ({@code --compare}): the national figures beside the earlier
 * survey's and their chart, the councils compared, those compared through their predecessors, and
 * one line per council for its factsheet, all from {@code tables/change.csv}'s rows. {@link #NONE}
 * without {@code --compare}: the report then has no such section and the factsheets no line.
 */
public record ChangeSection(
    boolean compared,
    String summary,
    Breakdown chart,
    List<Row> councils,
    List<Row> merged,
    Map<String, String> lines,
    String notCompared) {

  public static final ChangeSection NONE =
      new ChangeSection(false, "", null, List.of(), List.of(), Map.of(), "");

  /** One council of the section's table, figures formatted; blank where either survey has none. */
  public record Row(String code, String name, String earlier, String now, String change, String share,
      String note) {}

  public ChangeSection {
    councils = List.copyOf(councils);
    merged = List.copyOf(merged);
    lines = Map.copyOf(lines);
  }

  /** The factsheet's line for this council, or null when there is none. */
  public String line(String code) {
    return lines.get(code);
  }

  /** The section from change.csv's rows: one per council, and the national row. */
  public static ChangeSection of(List<Change> changes) {
    Change national = changes.stream().filter(Change::national).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("the comparison has no national row"));
    List<Change> councils = changes.stream().filter(c -> !c.national()).toList();
    List<Row> compared = councils.stream()
        .filter(c -> c.change() != null)
        .sorted(Comparator.comparing(Change::change).reversed().thenComparing(Change::name))
        .map(ChangeSection::row)
        .toList();
    List<Row> merged = councils.stream()
        .filter(c -> !c.through().isEmpty() && c.change() != null)
        .sorted(Comparator.comparing(Change::name))
        .map(ChangeSection::row)
        .toList();
    Map<String, String> lines = new LinkedHashMap<>();
    councils.forEach(c -> lines.put(c.code(), line(c)));
    Breakdown chart = Breakdown.of("change", "All breaches recorded, previous survey and this one", "Survey",
        List.of(new BreakdownRow("EARLIER", "Previous survey", orZero(national.earlierBreaches())),
            new BreakdownRow("NOW", "This survey", orZero(national.breaches()))),
        national.lowerBound() || national.earlierLowerBound());
    long notCompared = councils.stream().filter(c -> c.reason() != null).count();
    return new ChangeSection(true, summary(national, SurveyChange.likeForLike(councils), compared.size()), chart, compared, merged, lines,
        notCompared == 0 ? "" : ReportText.count(notCompared) + (notCompared == 1 ? " council" : " councils")
            + " that merged could not be compared through " + (notCompared == 1 ? "its" : "their")
            + " predecessors; each factsheet says why.");
  }

  private static String summary(Change national, Optional<Change> likeForLike, int both) {
    if (national.change() == null) {
      return "One of the two surveys has no national total, so the change cannot be given.";
    }
    return "Councils recorded " + ReportText.breaches(national.breaches(), national.lowerBound())
        + " in this survey, " + movement(national) + " " + earlier(national)
        + " in the previous survey. " + capitalised(national.note().replaceFirst("^all breaches counted; ", ""))
        + ". " + likeForLike.map(c -> "Like for like, the "
            + (both == 1 ? "one council" : ReportText.count(both) + " councils") + " with a figure in both surveys recorded "
            + ReportText.breaches(c.breaches(), c.lowerBound()) + ", " + movement(c) + " " + earlier(c)
            + " in the previous survey.")
        .orElse("No council has a figure in both surveys, so there is no like-for-like change.");
  }

  /** "up 4 (40.0%) from", "down 4 (40.0%) from" or "the same as". */
  private static String movement(Change c) {
    if (c.change() == 0) {
      return "the same as";
    }
    String share = c.changeShare() == null ? "" : " (" + percent(c.changeShare()) + ")";
    return (c.change() > 0 ? "up " : "down ") + ReportText.count(Math.abs(c.change())) + share + " from";
  }

  /** The factsheet's line: the change, how the council was compared, or why it cannot be. */
  static String line(Change c) {
    String through = c.through().isEmpty() ? ""
        : "Compared through its predecessors " + SurveyChange.listed(c.through()) + ": ";
    if (c.change() != null) {
      String line = c.change() == 0
          ? "the same as in the previous survey (" + atLeast(c.breaches(), c.lowerBound()) + ")."
          : ReportText.breaches(c.breaches(), c.lowerBound()) + ", " + movement(c) + " " + earlier(c)
              + " in the previous survey.";
      return through.isEmpty() ? capitalised(line) : through + line;
    }
    if (c.earlierBreaches() != null) {
      return capitalised(ReportText.breaches(c.earlierBreaches(), c.earlierLowerBound())
          + " in the previous survey; no figure in this one.");
    }
    if (c.reason() != null) {
      return "Not compared with the previous survey: " + c.reason() + ".";
    }
    if (c.earlierStatus() == null) {
      return "Not compared: the council was not in the previous survey.";
    }
    return "Not compared: in the previous survey its answer was “"
        + ReportText.statusLabel(c.earlierStatus()).toLowerCase(Locale.UK) + "”.";
  }

  private static Row row(Change c) {
    return new Row(c.code(), c.name(), figure(c.earlierBreaches()), figure(c.breaches()),
        c.change() == null ? "" : (c.change() > 0 ? "+" : "") + ReportText.count(c.change()),
        // an ASCII minus: the PDF's fonts have no U+2212
        c.changeShare() == null ? "" : (c.changeShare().signum() > 0 ? "+" : c.changeShare().signum() < 0 ? "-" : "")
            + percent(c.changeShare()),
        c.through().isEmpty() ? "" : "through " + SurveyChange.listed(c.through()));
  }

  private static String percent(BigDecimal share) {
    return String.format(Locale.UK, "%.1f%%", share.abs().doubleValue() * 100);
  }

  /** The earlier survey's figure, "at least" when it was a lower bound. */
  private static String earlier(Change c) {
    return atLeast(c.earlierBreaches(), c.earlierLowerBound());
  }

  private static String atLeast(long n, boolean lowerBound) {
    return (lowerBound ? "at least " : "") + ReportText.count(n);
  }

  private static String figure(Long n) {
    return n == null ? "" : ReportText.count(n);
  }

  private static long orZero(Long n) {
    return n == null ? 0 : n;
  }

  private static String capitalised(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
