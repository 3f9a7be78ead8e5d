package uk.breachreport.core.layout;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Pattern;
import uk.breachreport.core.model.SheetRow;
import uk.breachreport.core.normalise.CountValue;
import uk.breachreport.core.normalise.Counts;
import uk.breachreport.core.normalise.UkDates;
import uk.breachreport.core.normalise.YesNo;
import uk.breachreport.core.normalise.YesNoValue;

/**
 * Tells whether a row is a table's header, and which layout the table has: two or more cells
 * must be recognised as different column names or financial years, so a letterhead or title line
 * never is ("Date of request: | 02/04/2014 | Date of response: | ..." names one field twice).
 */
public final class HeaderFinder {

  /** A first column that numbers rows: "No.", "Number", "#". */
  private static final Pattern ROW_NUMBER = Pattern.compile("(?i)(no\\.?|number|#)");

  /** Longer lone cells are titles or sentences, not section headings naming a year. */
  static final int YEAR_HEADING_MAX = 30;
  /**
   * A year column's heading may carry its dates ("FY 2011-12 (1 April 2011 - 31 March 2012)");
   * longer cells are titles or sentences.
   */
  static final int YEAR_COLUMN_MAX = 45;
  /** "False" is the longest yes or no a cell says on its own. */
  private static final int YES_NO_MAX = 5;
  /** Longer cells are data or titles, not the words of a two-row header. */
  static final int HEADING_MAX = 60;

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
      Optional<String> year = text.length() <= YEAR_COLUMN_MAX
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
    // "No. | Date | Description": a log's first column numbering its rows counts no breaches.
    if (Integer.valueOf(0).equals(columns.get(Field.COUNT))
        && ROW_NUMBER.matcher(row.cell(0).strip()).matches()
        && (columns.containsKey(Field.DATE) || columns.containsKey(Field.DESCRIPTION))) {
      columns.remove(Field.COUNT);
      columns.putIfAbsent(Field.REF, 0);
    }
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

  /**
   * Is {@code lower}, the row straight under the header row {@code upper}, the second row of a
   * two-row header? Its cells are all headings (no dates, counts, yes/no values, nothing long),
   * two or more of them, and either it is a header itself ("Type of breach | Number of breaches"
   * over "| 2011/12 | 2012/13 | 2013/14") or it names columns left blank in the upper row, where
   * a merged group title spans them ("Action taken | " over "Internal | External").
   */
  static boolean isSecondRow(SheetRow upper, SheetRow lower, ColumnRules rules) {
    return lower.number() == upper.number() + 1 && headings(lower)
        && (find(lower, rules).isPresent() || underSpan(upper, lower));
  }

  /**
   * Is {@code upper}, the row straight above the header row {@code lower}, a row of group titles
   * or of headings merged down over two rows ("Ref | Incident | | Data involved | ...")? Two or
   * more short headings, no values, and a cell over a blank of the lower row or a blank over one
   * of its cells: a one-cell title is not.
   */
  static boolean isFirstRow(SheetRow upper, SheetRow lower) {
    return lower.number() == upper.number() + 1 && headings(upper)
        && (underSpan(upper, lower) || mergedDown(upper, lower));
  }

  /**
   * The two rows of a header read as one: under a merged group title ("Incident" over "Date |
   * Details") each column takes the lower row's heading, or the upper one's where the lower is
   * blank (a heading merged down over both rows). A lower heading the rules do not know takes its
   * group's words in front when the group names a field other than a type or description
   * ("Outcome" over "Staff" reads "Outcome Staff"), so the column keeps the group's meaning.
   */
  static SheetRow merge(SheetRow upper, SheetRow lower, ColumnRules rules) {
    int width = Math.max(upper.cells().size(), lower.cells().size());
    List<String> cells = new ArrayList<>(width);
    String group = "";
    for (int c = 0; c < width; c++) {
      String top = upper.cell(c).strip();
      String bottom = lower.cell(c).strip();
      group = top.isEmpty() ? group : top;
      if (bottom.isEmpty()) {
        cells.add(top);
      } else if (known(bottom, rules) || group.isEmpty() || rules.field(group)
          .filter(f -> f != Field.CATEGORY && f != Field.DESCRIPTION && f != Field.COUNT)
          .isEmpty()) {
        cells.add(bottom);
      } else {
        cells.add(group + " " + bottom);
      }
    }
    return new SheetRow(lower.number(), cells);
  }

  /**
   * A header whose year column has no heading ("| Number of breaches" over "FY 2011-12 | 4"):
   * the header row read with "Year" in the blank cell over the first row's financial year, when
   * that makes it a header with years as rows. Empty otherwise.
   */
  static Optional<Header> withUnheadedYears(SheetRow header, SheetRow first, ColumnRules rules) {
    if (first.number() != header.number() + 1 || header.isBlank() || first.nonBlank().size() < 2) {
      return Optional.empty();
    }
    for (int c = 0; c < first.cells().size(); c++) {
      String text = first.cell(c).strip();
      if (text.isEmpty()) {
        continue;
      }
      if (!header.cell(c).isBlank() || text.length() > YEAR_COLUMN_MAX
          || UkDates.parseFinancialYear(text).isEmpty()) {
        return Optional.empty();
      }
      List<String> cells = new ArrayList<>(header.cells());
      while (cells.size() <= c) {
        cells.add("");
      }
      cells.set(c, "Year");
      return find(new SheetRow(header.number(), cells), rules)
          .filter(h -> h.layout() == Layout.YEAR_TOTALS || h.layout() == Layout.SUMMARY_YEAR_ROWS);
    }
    return Optional.empty();
  }

  private static boolean known(String heading, ColumnRules rules) {
    return rules.field(heading).isPresent() || UkDates.parseFinancialYear(heading).isPresent();
  }

  /** Two or more cells, each a short heading, none a value. */
  private static boolean headings(SheetRow row) {
    List<String> cells = row.nonBlank();
    return cells.size() >= 2 && cells.stream().allMatch(c -> c.length() <= HEADING_MAX
        && (UkDates.parseFinancialYear(c).isPresent() || !isValue(c) && !isYesNo(c)));
  }

  /** A whole cell that is a yes or no ("Y", "No"), not a heading that starts with one ("No. of"). */
  private static boolean isYesNo(String text) {
    YesNoValue value = text.length() > YES_NO_MAX ? YesNoValue.UNRECOGNISED : YesNo.parse(text);
    return value == YesNoValue.YES || value == YesNoValue.NO;
  }

  /** Does {@code upper} have a heading over a blank of {@code lower}? */
  private static boolean mergedDown(SheetRow upper, SheetRow lower) {
    for (int c = 0; c < upper.cells().size(); c++) {
      if (!upper.cell(c).isBlank() && lower.cell(c).isBlank()) {
        return true;
      }
    }
    return false;
  }

  /** Does {@code lower} have a heading where {@code upper} is blank, right of an upper cell? */
  private static boolean underSpan(SheetRow upper, SheetRow lower) {
    boolean seen = false;
    for (int c = 0; c < lower.cells().size(); c++) {
      boolean top = !upper.cell(c).isBlank();
      if (!top && seen && !lower.cell(c).isBlank()) {
        return true;
      }
      seen |= top;
    }
    return false;
  }
}
