package uk.breachreport.core.report;

import java.util.List;
import java.util.Locale;

/**
 * A breakdown prepared for display: each bar carries its share of the total and its geometry in
 * the chart's SVG coordinates, so the chart macro and the data table only print values.
 */
public record Breakdown(
    String id, String title, String keyHeading, long total, boolean lowerBound, List<Bar> bars) {

  /**
   * Chart geometry, in SVG user units: the one place it is set; {@code lib/charts.ftlh} draws
   * with these. Labels end at {@code LABEL_RIGHT}, bars start at {@code BAR_LEFT} and are at most
   * {@code BAR_AREA} long, one row of {@code ROW_HEIGHT} per bar.
   */
  public static final int WIDTH = 640;
  public static final int LABEL_RIGHT = 220;
  public static final int BAR_LEFT = 230;
  public static final int BAR_AREA = 330;
  public static final int ROW_HEIGHT = 24;
  public static final int BAR_HEIGHT = 16;

  /** Longest label the chart prints in full; the data table always has the whole label. */
  public static final int LABEL_CHARS = 32;

  public record Bar(
      String key, String label, long value, String valueText, String share, double barWidth,
      int y) {

    public String shortLabel() {
      return label.length() <= LABEL_CHARS ? label : label.substring(0, LABEL_CHARS - 1).strip() + "…";
    }
  }

  public Breakdown {
    bars = List.copyOf(bars);
  }

  public static Breakdown of(
      String id, String title, String keyHeading, List<BreakdownRow> rows, boolean lowerBound) {
    long total = rows.stream().mapToLong(BreakdownRow::breaches).sum();
    long max = rows.stream().mapToLong(BreakdownRow::breaches).max().orElse(0);
    List<Bar> bars = new java.util.ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      BreakdownRow row = rows.get(i);
      bars.add(
          new Bar(row.key(), row.label(), row.breaches(), ReportText.count(row.breaches()),
              share(row.breaches(), total), scaled(row.breaches(), max), i * ROW_HEIGHT));
    }
    return new Breakdown(id, title, keyHeading, total, lowerBound, bars);
  }

  /** The top {@code n} ranked councils by breaches; lower bounds are labelled "at least". */
  public static Breakdown topCouncils(String id, String title, List<CouncilRow> rankings, int n) {
    List<CouncilRow> top =
        rankings.stream()
            .filter(r -> r.rank() != null && r.breaches() != null && r.breaches() > 0)
            .sorted(java.util.Comparator.comparing(CouncilRow::rank).thenComparing(CouncilRow::name))
            .limit(n)
            .toList();
    long max = top.stream().mapToLong(CouncilRow::breaches).max().orElse(0);
    long total = top.stream().mapToLong(CouncilRow::breaches).sum();
    List<Bar> bars = new java.util.ArrayList<>();
    for (int i = 0; i < top.size(); i++) {
      CouncilRow r = top.get(i);
      String value = (r.lowerBound() ? "at least " : "") + ReportText.count(r.breaches());
      bars.add(new Bar(r.code(), r.name(), r.breaches(), value, share(r.breaches(), total),
          scaled(r.breaches(), max), i * ROW_HEIGHT));
    }
    return new Breakdown(
        id, title, "Council", total, top.stream().anyMatch(CouncilRow::lowerBound), bars);
  }

  public int width() {
    return WIDTH;
  }

  public int labelRight() {
    return LABEL_RIGHT;
  }

  public int barLeft() {
    return BAR_LEFT;
  }

  public int barHeight() {
    return BAR_HEIGHT;
  }

  public int height() {
    return Math.max(1, bars.size()) * ROW_HEIGHT + 4;
  }

  /**
   * "12.5%". Formatted without a locale: for a figure without grouping the UK's digits and point
   * are those of no localisation, and looking the UK's symbols up again for each share was most
   * of the time spent formatting it (several per factsheet).
   */
  static String share(long part, long whole) {
    return whole == 0 ? "–" : String.format((Locale) null, "%.1f%%", 100.0 * part / whole);
  }

  private static double scaled(long value, long max) {
    return max == 0 ? 0 : Math.round(10.0 * BAR_AREA * value / max) / 10.0;
  }
}
