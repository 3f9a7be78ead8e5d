package uk.breachreport.core.layout;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import uk.breachreport.core.ingest.SheetRow;
import uk.breachreport.core.normalise.CountValue;
import uk.breachreport.core.normalise.Counts;
import uk.breachreport.core.normalise.UkDates;

/**
 * Tells whether a row is a table's header, and which layout the table has: two or more cells
 * must be recognised as different column names or financial years, so a letterhead or title line
 * never is ("Date of request: | 02/04/2014 | Date of response: | ..." names one field twice).
 */
public final class HeaderFinder {

  /** Longer cells are titles or sentences, not year headings. */
  static final int YEAR_HEADING_MAX = 30;

  private HeaderFinder() {}

  public static Optional<Header> find(SheetRow row, ColumnRules rules) {
    Map<Field, Integer> columns = new EnumMap<>(Field.class);
    SortedMap<Integer, String> years = new TreeMap<>();
    SortedMap<Integer, String> others = new TreeMap<>();
    Integer total = null;
    Set<Field> named = EnumSet.noneOf(Field.class);
    for (int c = 0; c < row.cells().size(); c++) {
      String text = row.cell(c).strip();
      if (text.isEmpty()) {
        continue;
      }
      Optional<String> year = text.length() <= YEAR_HEADING_MAX
          ? UkDates.parseFinancialYear(text)
          : Optional.empty();
      if (year.isPresent()) {
        years.put(c, year.get());
        continue;
      }
      Optional<Field> field = rules.field(text);
      if (field.isEmpty() || field.get() == Field.DESCRIPTION || field.get() == Field.CATEGORY) {
        others.put(c, text);
      }
      if (field.isPresent()) {
        named.add(field.get());
        if (field.get() == Field.TOTAL) {
          total = total == null ? c : total;
        } else {
          columns.putIfAbsent(field.get(), c);
        }
      }
    }
    Integer totalColumn = total;
    if (yearRows(columns, years, others)) {
      // The type names are the council's own words: "Year" may be the only cell recognised.
      return Optional.of(new Header(row.number(), Layout.SUMMARY_YEAR_ROWS, Map.copyOf(columns),
          years, others, null, totalColumn));
    }
    if (named.size() + years.size() < 2) {
      return Optional.empty();
    }
    return layout(columns, years, totalColumn)
        .map(layout -> header(row.number(), layout, columns, years, totalColumn));
  }

  /**
   * "Year | Lost equipment | Wrong recipient | ... [| Total]": a year column, no dates, counts and
   * descriptions, and two or more other columns, each a type of breach: words, not values
   * ("Period | 1 April 2011 | 31 March 2014" is a letterhead line).
   */
  private static boolean yearRows(Map<Field, Integer> columns, SortedMap<Integer, String> years,
      SortedMap<Integer, String> others) {
    return columns.containsKey(Field.YEAR) && years.isEmpty() && others.size() >= 2
        && !columns.containsKey(Field.DATE) && !columns.containsKey(Field.COUNT)
        && !columns.containsKey(Field.ACTION) && !columns.containsKey(Field.ICO)
        && others.values().stream().noneMatch(HeaderFinder::isValue);
  }

  private static boolean isValue(String text) {
    CountValue count = Counts.parse(text);
    return UkDates.parse(text).isPresent() || count.value() != null || count.suppressed();
  }

  private static Optional<Layout> layout(
      Map<Field, Integer> columns, SortedMap<Integer, String> years, Integer total) {
    boolean log = columns.containsKey(Field.DATE) || columns.containsKey(Field.DESCRIPTION);
    if (!years.isEmpty()) {
      return Optional.of(Layout.SUMMARY_WIDE);
    }
    boolean counted = columns.containsKey(Field.COUNT) || total != null;
    if (log) {
      return Optional.of(Layout.INCIDENT_LOG);
    }
    if (counted) {
      boolean byYear = columns.containsKey(Field.YEAR);
      boolean byType = columns.containsKey(Field.CATEGORY);
      if (byYear && byType) {
        return Optional.of(Layout.SUMMARY_LONG);
      }
      if (byYear) {
        return Optional.of(Layout.YEAR_TOTALS);
      }
      if (byType) {
        return Optional.of(Layout.SUMMARY_BY_TYPE);
      }
      return Optional.empty();
    }
    boolean describedOtherwise = columns.containsKey(Field.CATEGORY)
        && (columns.containsKey(Field.ACTION) || columns.containsKey(Field.ICO));
    return describedOtherwise ? Optional.of(Layout.INCIDENT_LOG) : Optional.empty();
  }

  private static Header header(int row, Layout layout, Map<Field, Integer> columns,
      SortedMap<Integer, String> years, Integer total) {
    Map<Field, Integer> fields = new EnumMap<>(columns);
    Integer totalColumn = total;
    if (layout != Layout.SUMMARY_WIDE && layout != Layout.INCIDENT_LOG
        && !fields.containsKey(Field.COUNT)) {
      // "Type | Total": the only count column is headed "Total".
      fields.put(Field.COUNT, total);
      totalColumn = null;
    }
    Integer label = null;
    if (layout == Layout.SUMMARY_WIDE) {
      label = fields.containsKey(Field.CATEGORY) ? fields.get(Field.CATEGORY)
          : fields.containsKey(Field.DESCRIPTION) ? fields.get(Field.DESCRIPTION)
          // Unheaded labels sit just left of the years, wherever the table starts (B3, say).
          : years.firstKey() > 0 ? Integer.valueOf(years.firstKey() - 1) : null;
    } else if (layout == Layout.SUMMARY_BY_TYPE) {
      label = fields.get(Field.CATEGORY);
    }
    return new Header(row, layout, Map.copyOf(fields), years, new TreeMap<>(), label, totalColumn);
  }
}
