package uk.breachreport.core.layout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.breachreport.core.model.Issue;
import uk.breachreport.core.model.RawRecord;
import uk.breachreport.core.model.RowReject;
import uk.breachreport.core.model.SheetRow;
import uk.breachreport.core.model.SourceRef;
import uk.breachreport.core.normalise.CountValue;
import uk.breachreport.core.normalise.Counts;
import uk.breachreport.core.normalise.UkDates;
import uk.breachreport.core.quality.TotalsFarApart;

/**
 * One summary table (counts by type and/or year): a record per non-zero cell, and the
 * reconciliation with the totals the council stated. A breakdown that disagrees with its total is
 * flagged and the breakdown used; suppressed cells ({@code <5}) are recovered as one unspecified
 * record where a stated total allows (a Total row or column, a figure merged across the count
 * columns, a sentence under the table or in the letter), else the table's figures are lower bounds.
 */
final class Summary {

  private static final Pattern SUBTOTAL = Pattern.compile("sub[-\\s]?total", Pattern.CASE_INSENSITIVE);
  private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
  /** Words that make a sentence a statement of the answer's total. */
  private static final Pattern TOTAL_WORDS = Pattern.compile("\\b(in\\s+)?totals?\\b|\\baltogether\\b", FLAGS);
  private static final Pattern ABOUT_BREACHES = Pattern.compile(
      "breach|incident|number|recorded|reported|period|altogether|[:=]", FLAGS);
  /** A total of part of the breaches ("reported to the ICO: 3", "of which 2 involved children"). */
  private static final Pattern PART = Pattern.compile(
      "\\b(ico|commissioner|reported to|child|children|pupils?|sensitive|disciplinary|dismiss\\w*"
          + "|prosecut\\w*|resign\\w*|of which|of these|requests?)\\b", FLAGS);
  /**
   * A row label that counts some of the breaches of the table's other rows ("Of which reported to
   * the ICO", "Including 2 involving children"): added to them it would count them twice.
   */
  private static final Pattern PART_ROW = Pattern.compile(
      "^\\W*(of (which|these|them|those)|including|incl\\b|out of (these|them|those)|thereof)\\b"
          + "|^\\W*(number |no\\.? )?(of (breaches |incidents )?)?(self[- ])?(reported|referred|notified)"
          + " to (the )?(ico|information commissioner)", FLAGS);
  /**
   * A row label that counts something other than breaches, which councils put in the same table
   * for context: information requests received, complaints, near misses.
   */
  private static final Pattern OTHER_MEASURE = Pattern.compile(
      "\\brequests?\\s+(received|answered|handled|logged|dealt with|processed)\\b"
          + "|^\\W*(number of\\s+|no\\.? of\\s+)?(foi|eir|foi\\s*/\\s*eir|freedom of information)\\b"
          + "[^|]*\\brequests?\\W*$"
          + "|^\\W*(number of\\s+|no\\.? of\\s+)?(complaints|near[- ]?miss(es)?)\\b", FLAGS);
  private static final String MONTH = "(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?";
  /**
   * Numbers in a sentence that are not the figure: dates, financial years, years, money,
   * percentages, section numbers and references.
   */
  private static final Pattern NOT_A_FIGURE = Pattern.compile(String.join("|",
      "\\b\\d{1,2}(?:st|nd|rd|th)?\\s+" + MONTH + "\\s*,?\\s*\\d{2,4}\\b",
      "\\b" + MONTH + "\\s*'?\\d{2,4}\\b",
      "\\b\\d{1,2}\\s*[/.-]\\s*\\d{1,2}\\s*[/.-]\\s*\\d{2,4}\\b",
      "\\b(?:19|20)\\d{2}(?:\\s*[/-]\\s*\\d{2,4})?\\b",
      "\\bfy\\s*'?\\d{2}\\s*[/-]\\s*\\d{2}\\b",
      "£\\s*[\\d,.]+|\\b[\\d.]+\\s*%",
      "\\b(?:section|s\\.|regulation|article|ref(?:erence)?|no\\.|foi|request)\\s*[\\w/-]*\\d[\\w/()-]*"),
      FLAGS);
  /** Between the two years of a range: a dash with spaces or none, "to", "until". */
  private static final Pattern RANGE = Pattern.compile("\\s+(?:-|to|until)\\s+|\\s*[\u2013\u2014]\\s*", FLAGS);
  private static final Pattern FIGURE = Pattern.compile("\\b\\d{1,3}(?:,\\d{3})+\\b|\\b\\d+\\b");

  record Result(List<RawRecord> records, List<RowReject> rejects, List<Issue> issues,
      int rejectedRows, boolean lowerBound) {}

  private record Cell(SourceRef ref, String label, String year, long value) {}

  private final Header header;
  private final SourceRef headerRef;
  private final ColumnRules rules;

  private final List<Cell> cells = new ArrayList<>();
  /** The data rows read, for those found later to repeat others. */
  private final Map<SourceRef, SheetRow> rows = new LinkedHashMap<>();
  /** Rows named only as breaches ("Breaches recorded"), which may total the others. */
  private final Set<SourceRef> unnamedRows = new LinkedHashSet<>();
  private final List<SourceRef> suppressed = new ArrayList<>();
  private final List<RawRecord> suppressedRecords = new ArrayList<>();
  private final List<RowReject> rejects = new ArrayList<>();
  private final List<Issue> issues = new ArrayList<>();
  private final Map<Integer, CountValue> rowTotals = new LinkedHashMap<>();
  private final Map<Integer, Long> rowSums = new HashMap<>();
  private final Map<Integer, Boolean> rowSuppressed = new HashMap<>();
  private final Map<String, Long> statedByYear = new LinkedHashMap<>();
  private Long statedGrand;
  private SourceRef statedAt;
  /** The first and last years a stated total's words name ("Total 2011/12 - 2013/14"), or null. */
  private String[] statedYears;
  private boolean grandDerived;
  private int rejectedRows;

  Summary(Header header, SourceRef headerRef, ColumnRules rules) {
    this.header = header;
    this.headerRef = headerRef;
    this.rules = rules;
  }

  /**
   * A data row; {@code sectionYear} is the financial year its sheet name or section heading
   * gives, for tables that have no year of their own.
   */
  void add(SourceRef ref, SheetRow row, String sectionYear) {
    int before = cells.size() + suppressed.size();
    int rejectsBefore = rejects.size();
    String named = header.typeColumn().map(column -> row.cell(column).strip()).orElse("");
    String notMore = PART_ROW.matcher(named).find() ? "some of the breaches of the other rows"
        : OTHER_MEASURE.matcher(named).find() ? "a count of something other than breaches" : null;
    if (notMore != null) {
      reject(ref, "'" + named + "' is " + notMore + ": not counted", row);
      rejectedRows++;
      return;
    }
    String label = label(row);
    rows.put(ref, row);
    if (label == null) {
      unnamedRows.add(ref);
    }
    switch (header.layout()) {
      case SUMMARY_WIDE -> {
        header.yearColumns().forEach((column, year) ->
            count(ref, row, label, year, column, year));
        totalOfRow(ref, row);
      }
      case SUMMARY_LONG, YEAR_TOTALS, SUMMARY_YEAR_ROWS -> {
        String yearText = row.cell(header.columns().get(Field.YEAR)).strip();
        Optional<String> year = UkDates.parseFinancialYear(yearText);
        if (year.isEmpty()) {
          reject(ref, "year '" + yearText + "' is not a financial year (expected e.g. 2012/13)", row);
          rejectedRows++;
          return;
        }
        if (header.layout() == Layout.SUMMARY_YEAR_ROWS) {
          header.typeColumns().forEach((column, type) ->
              count(ref, row, specific(type), year.get(), column, type));
          totalOfRow(ref, row);
        } else {
          count(ref, row, label, year.get(), header.columns().get(Field.COUNT), "count");
        }
      }
      case SUMMARY_BY_TYPE -> count(ref, row, label, sectionYear, header.columns().get(Field.COUNT), "count");
      default -> throw new IllegalStateException(header.layout().name());
    }
    if (cells.size() + suppressed.size() == before) {
      if (rejects.size() == rejectsBefore) {
        reject(ref, "row has no counts", row);
      }
      rejectedRows++;
    }
  }

  /** The table's totals rows: per-year column totals and the grand total. */
  void totals(List<Map.Entry<SourceRef, SheetRow>> rows) {
    for (Map.Entry<SourceRef, SheetRow> entry : rows) {
      SheetRow row = entry.getValue();
      if (SUBTOTAL.matcher(row.nonBlank().get(0)).find()) {
        continue; // subtotals repeat rows already counted
      }
      OptionalLong worded = statedTotal(row);
      if (worded.isPresent()) {
        // "Total number of breaches 1 April 2011 - 31 March 2014: 16": the whole table's total,
        // or one year's where the words name one ("Total for 2012/13: 7").
        Optional<String> year = UkDates.parseFinancialYear(row.nonBlank().get(0));
        if (year.isPresent()) {
          statedByYear.put(year.get(), worded.getAsLong());
        } else {
          stated(worded.getAsLong(), entry.getKey());
        }
        continue;
      }
      Long spanning = spanning(row);
      if (spanning != null) {
        stated(spanning, entry.getKey());
        continue;
      }
      if (header.layout() == Layout.SUMMARY_YEAR_ROWS) {
        Long grand = header.totalColumn() == null ? null
            : Counts.parse(row.cell(header.totalColumn())).value();
        if (grand == null) {
          grand = sumIfAllCounts(row, header.typeColumns().keySet());
        }
        stated(grand, entry.getKey());
      } else if (header.layout() == Layout.SUMMARY_WIDE) {
        header.yearColumns().forEach((column, year) ->
            Optional.ofNullable(Counts.parse(row.cell(column)).value())
                .ifPresent(v -> statedByYear.put(year, v)));
        Long grand = header.totalColumn() == null ? null
            : Counts.parse(row.cell(header.totalColumn())).value();
        if (grand == null && statedByYear.size() == header.yearColumns().size()) {
          derived(statedByYear.values().stream().mapToLong(Long::longValue).sum(), entry.getKey());
        } else {
          stated(grand, entry.getKey());
        }
      } else {
        Long value = Counts.parse(row.cell(header.columns().get(Field.COUNT))).value();
        Optional<String> year = header.column(Field.YEAR)
            .flatMap(column -> UkDates.parseFinancialYear(row.cell(column)));
        if (year.isPresent() && value != null) {
          statedByYear.put(year.get(), value); // "2011/12 | Total | 8" in a long table
        } else {
          stated(value, entry.getKey());
          if (value != null && value.equals(statedGrand)) {
            statedYears = yearRange(row.nonBlank().get(0));
          }
        }
      }
    }
    if (statedGrand == null && !rowTotals.isEmpty()
        && rowTotals.values().stream().allMatch(v -> v.value() != null)) {
      derived(rowTotals.values().stream().mapToLong(CountValue::value).sum(), null);
    }
  }

  /**
   * A total stated elsewhere in the answer (the letter around the table): used, and true, only
   * where this table hides cells and states no total of its own.
   */
  boolean recoverFrom(long total, SourceRef at) {
    if (suppressed.isEmpty() || statedGrand != null) {
      return false;
    }
    stated(total, at);
    return true;
  }

  /**
   * The one figure of a row that states a total in words ("Total number of breaches 1 April
   * 2011 - 31 March 2014: 16", "The total number of breaches was | 16"): the words say total and
   * speak of breaches, a number or a period, not of a part of them (reported to the ICO, about
   * children, disciplined), and the row holds one figure, once dates, years, money and references
   * are set aside. "Total" alone, or a figure per column, is a totals row.
   */
  static OptionalLong statedTotal(SheetRow row) {
    List<String> cells = row.nonBlank();
    if (cells.isEmpty()) {
      return OptionalLong.empty();
    }
    String words = cells.get(0);
    if (ColumnRules.isTotalCell(words) || !TOTAL_WORDS.matcher(words).find()
        || !ABOUT_BREACHES.matcher(words).find() || PART.matcher(words).find()) {
      return OptionalLong.empty();
    }
    List<Long> figures = new ArrayList<>();
    Matcher m = FIGURE.matcher(NOT_A_FIGURE.matcher(words).replaceAll(" "));
    while (m.find()) {
      figures.add(Long.parseLong(m.group().replace(",", "")));
    }
    for (String cell : cells.subList(1, cells.size())) {
      CountValue value = Counts.parse(cell);
      if (value.value() != null) {
        figures.add(value.value());
      } else if (!value.blank()) {
        return OptionalLong.empty(); // "<5", words: not a single stated figure
      }
    }
    return figures.size() == 1 ? OptionalLong.of(figures.get(0)) : OptionalLong.empty();
  }

  /**
   * A totals row whose one figure sits under the first of the table's count columns, the others
   * blank: a cell merged across them, so the total of all of them ("Total | 16 | | ").
   */
  private Long spanning(SheetRow row) {
    List<Integer> columns = new ArrayList<>(header.layout() == Layout.SUMMARY_WIDE
        ? header.yearColumns().keySet() : header.layout() == Layout.SUMMARY_YEAR_ROWS
        ? header.typeColumns().keySet() : List.of());
    if (columns.size() < 2 || header.totalColumn() != null
        && !Counts.parse(row.cell(header.totalColumn())).blank()) {
      return null;
    }
    Long first = Counts.parse(row.cell(columns.get(0))).value();
    boolean restBlank = columns.stream().skip(1).allMatch(c -> Counts.parse(row.cell(c)).blank());
    return first != null && restBlank ? first : null;
  }

  Result result() {
    dropTotalOfOtherRows();
    dropPartsOfTheBreachesRow();
    List<RawRecord> records = new ArrayList<>();
    for (Cell cell : cells) {
      if (cell.value > 0) {
        records.add(record(cell.ref, cell.label, cell.year, cell.value, false));
      }
    }
    records.addAll(suppressedRecords);
    long visible = cells.stream().mapToLong(Cell::value).sum();
    checkRowTotals();
    checkYearTotals();
    boolean lowerBound = false;
    if (!suppressed.isEmpty()) {
      if (statedGrand == null) {
        lowerBound = true;
      } else if (statedGrand > visible) {
        SourceRef at = statedAt != null ? statedAt : suppressed.get(0);
        records.add(record(at, null, hiddenYear(), statedGrand - visible, true));
      } else if (statedGrand < visible) {
        lowerBound = true;
        mismatch(statedAt, "stated total " + statedGrand + " is less than the visible cells' sum "
            + visible + " with " + suppressed.size() + " suppressed cell(s); the breakdown is used");
      }
    } else if (statedGrand != null && !grandDerived && statedGrand != visible
        && statedGrand != visibleIn(statedYears)) {
      mismatch(statedAt, "stated total " + statedGrand + " but the breakdown sums to " + visible
          + "; the breakdown is used");
      if (TotalsFarApart.farApart(statedGrand, visible)) {
        issues.add(TotalsFarApart.warning(Objects.requireNonNullElse(statedAt, headerRef),
            statedGrand, visible));
      }
    }
    return new Result(records, rejects, issues, rejectedRows, lowerBound);
  }

  /**
   * The cells of the years {@code range} names, first to last: a total "for 2011/12 - 2013/14"
   * under a table that also gives 2014/15 so far; -1 without a range.
   */
  private long visibleIn(String[] range) {
    return range == null ? -1 : cells.stream()
        .filter(c -> c.year() != null && c.year().compareTo(range[0]) >= 0
            && c.year().compareTo(range[1]) <= 0)
        .mapToLong(Cell::value).sum();
  }

  /** "Total 2011/12 - 2013/14": the first and last financial years named, in order, or null. */
  static String[] yearRange(String words) {
    String[] ends = RANGE.split(words);
    if (ends.length != 2) {
      return null;
    }
    Optional<String> from = UkDates.parseFinancialYear(ends[0]);
    Optional<String> to = UkDates.parseFinancialYear(ends[1]);
    return from.isPresent() && to.isPresent() && from.get().compareTo(to.get()) < 0
        ? new String[] {from.get(), to.get()} : null;
  }

  /**
   * A row named only as breaches ("Breaches recorded", above the kinds of breach) whose figures
   * are, in two years or more, the sums of all the table's other rows (two or more) is their total:
   * its cells are not counted again. Never with hidden cells: their sums are not known.
   */
  private void dropTotalOfOtherRows() {
    Map<SourceRef, Map<String, Long>> byRow = byRowAndYear();
    Map<String, Long> all = new HashMap<>();
    byRow.values().forEach(row -> row.forEach((year, v) -> all.merge(year, v, Long::sum)));
    if (!suppressed.isEmpty() || byRow.size() < 3
        || all.values().stream().filter(v -> v > 0).count() < 2) {
      return;
    }
    for (Map.Entry<SourceRef, Map<String, Long>> row : byRow.entrySet()) {
      Map<String, Long> mine = row.getValue();
      boolean totalsOthers = unnamedRows.contains(row.getKey()) && all.entrySet().stream()
          .allMatch(e -> e.getValue() == 2 * mine.getOrDefault(e.getKey(), 0L));
      if (totalsOthers) {
        cells.removeIf(c -> c.ref().equals(row.getKey()));
        reject(row.getKey(), "the total of the table's other rows, year by year: not counted "
            + "again", rows.get(row.getKey()));
        rejectedRows++;
        return;
      }
    }
  }

  /**
   * Beside one row named only as breaches ("Breaches recorded"), rows that are each no larger in
   * any year and do not add up to it ("Involving children's data", "Disciplinary action") are
   * some of its breaches, not more of them: not counted. Never with hidden cells.
   */
  private void dropPartsOfTheBreachesRow() {
    if (unnamedRows.size() != 1 || !suppressed.isEmpty()) {
      return;
    }
    SourceRef breaches = unnamedRows.iterator().next();
    Map<SourceRef, Map<String, Long>> byRow = byRowAndYear();
    Map<String, Long> all = byRow.remove(breaches);
    if (all == null || byRow.isEmpty() || byRow.values().stream().anyMatch(part -> part
        .entrySet().stream().anyMatch(e -> e.getValue() > all.getOrDefault(e.getKey(), 0L)))) {
      return;
    }
    for (SourceRef part : byRow.keySet()) {
      reject(part, "some of the breaches of the row '" + rows.get(breaches).cell(
          header.typeColumn().orElse(0)).strip() + "', in no year more: not counted again",
          rows.get(part));
      rejectedRows++;
    }
    cells.removeIf(c -> byRow.containsKey(c.ref()));
  }

  /** Each row's counted cells, summed by year ("" where the table gives none), in row order. */
  private Map<SourceRef, Map<String, Long>> byRowAndYear() {
    Map<SourceRef, Map<String, Long>> byRow = new LinkedHashMap<>();
    cells.forEach(c -> byRow.computeIfAbsent(c.ref(), r -> new HashMap<>())
        .merge(Objects.requireNonNullElse(c.year(), ""), c.value(), Long::sum));
    return byRow;
  }

  /** The one financial year all suppressed cells share, if they do: the remainder is theirs. */
  private String hiddenYear() {
    List<String> years = suppressedRecords.stream().map(RawRecord::financialYear).distinct().toList();
    return years.size() == 1 ? years.get(0) : null;
  }

  private void checkRowTotals() {
    rowTotals.forEach((row, total) -> {
      long sum = rowSums.getOrDefault(row, 0L);
      if (total.value() != null && !rowSuppressed.getOrDefault(row, false) && total.value() != sum) {
        SourceRef ref = cells.stream().map(Cell::ref).filter(r -> r.row() == row).findFirst()
            .orElse(null);
        mismatch(ref, "row total " + total.value() + " but its cells sum to " + sum
            + "; the cells are used");
      }
    });
  }

  private void checkYearTotals() {
    statedByYear.forEach((year, stated) -> {
      boolean hidden = suppressedRecords.stream().anyMatch(r -> year.equals(r.financialYear()));
      long sum = cells.stream().filter(c -> year.equals(c.year)).mapToLong(Cell::value).sum();
      if (!hidden && stated != sum) {
        mismatch(statedAt, "stated total for " + year + " is " + stated
            + " but that year's cells sum to " + sum + "; the breakdown is used");
      }
    });
  }

  private void count(SourceRef ref, SheetRow row, String label, String year, int column,
      String columnName) {
    String text = row.cell(column);
    CountValue value = Counts.parse(text);
    if (!value.valid()) {
      reject(ref, "column " + columnName + ": " + value.problem(), row);
    } else if (value.suppressed()) {
      suppressed.add(ref);
      rowSuppressed.put(ref.row(), true);
      suppressedRecords.add(record(ref, label, year, null, true));
    } else if (value.value() != null) {
      cells.add(new Cell(ref, label, year, value.value()));
      rowSums.merge(ref.row(), value.value(), Long::sum);
    }
  }

  /** The row's type of breach, or null where the label only says "number of breaches". */
  private String label(SheetRow row) {
    return header.typeColumn().map(column -> specific(row.cell(column).strip())).orElse(null);
  }

  private String specific(String label) {
    boolean generic = label.isEmpty()
        || rules.field(label).filter(f -> f == Field.COUNT || f == Field.TOTAL).isPresent();
    return generic ? null : label;
  }

  private void totalOfRow(SourceRef ref, SheetRow row) {
    if (header.totalColumn() != null) {
      rowTotals.put(ref.row(), Counts.parse(row.cell(header.totalColumn())));
    }
  }

  private static Long sumIfAllCounts(SheetRow row, java.util.Collection<Integer> columns) {
    long sum = 0;
    for (int column : columns) {
      Long value = Counts.parse(row.cell(column)).value();
      if (value == null) {
        return null;
      }
      sum += value;
    }
    return sum;
  }

  private RawRecord record(SourceRef ref, String label, String year, Long count,
      boolean hidden) {
    return new RawRecord(ref, header.layout().name(), header.row(), null, year, null, label,
        null, null, null, null, null, count, hidden);
  }

  private void stated(Long total, SourceRef at) {
    if (total != null && statedGrand == null) {
      statedGrand = total;
      statedAt = at;
    }
  }

  /**
   * A grand total added up from year or row totals, each already checked against its cells: good
   * for recovering suppressed cells, but a mismatch with the breakdown has been reported.
   */
  private void derived(long total, SourceRef at) {
    if (statedGrand == null) {
      stated(total, at);
      grandDerived = true;
    }
  }

  private void mismatch(SourceRef at, String message) {
    issues.add(Issue.warning("TOTAL_MISMATCH", Objects.requireNonNullElse(at, headerRef), message));
  }

  private void reject(SourceRef ref, String reason, SheetRow row) {
    rejects.add(new RowReject(ref, reason, row.joined()));
  }
}
