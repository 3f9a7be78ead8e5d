package uk.breachreport.core.layout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IntSummaryStatistics;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import uk.breachreport.core.model.Issue;
import uk.breachreport.core.model.RawRecord;
import uk.breachreport.core.model.RowReject;
import uk.breachreport.core.model.RowSink;
import uk.breachreport.core.model.SheetRow;
import uk.breachreport.core.model.SourceRef;
import uk.breachreport.core.normalise.CountValue;
import uk.breachreport.core.normalise.Counts;
import uk.breachreport.core.normalise.UkDates;
import uk.breachreport.core.quality.TotalsFarApart;

/**
 * Finds the tables in a document's rows and turns their data rows into {@link RawRecord}s, sheet
 * by sheet: letterheads and titles above the header, blank rows, totals and subtotal rows and
 * notes below the table are never counted. Rows are handled as they stream past, each with the
 * financial year its sheet or section heading gives; summary tables are reconciled with their
 * stated totals at the end of the sheet.
 * A header may take two rows (group titles merged over the columns they group). A sheet of
 * lookup values (the lists behind drop-down cells) is taken back whole at its end and, like the
 * hidden sheets a reader skips, reported as a {@code SHEET_SKIPPED} warning naming it.
 * Everything that is not a table is kept as text, for council names and statements of none or
 * refusal; a total stated there ("a total of 16 breaches") can recover a table's hidden cells.
 */
public final class TableExtractor implements RowSink {

  /** A sheet not read as data: hidden, or a list of drop-down values. */
  public static final String SHEET_SKIPPED = "SHEET_SKIPPED";

  /** How far below the top of a sheet a header may sit (letterheads run to a dozen rows). */
  static final int HEADER_SEARCH_ROWS = 60;
  /** Enough of a letter to find its council and its answer. */
  static final int TEXT_LIMIT = 20_000;

  private static final Pattern NOTE = Pattern.compile(
      "^\\s*(notes?\\b|n\\.?b\\.?\\b|source\\b|\\*|please note|figures\\b)",
      Pattern.CASE_INSENSITIVE);
  /** A lone cell this long is a sentence under the table, not a breach. */
  private static final int NOTE_LENGTH = 80;
  /** Lookup lists are short: a longer sheet is data, whatever its name. */
  static final int LOOKUP_MAX_ROWS = 200;
  /** Sheet names that say a sheet holds the choices behind drop-down cells. */
  private static final Pattern LOOKUP_NAME = Pattern.compile(
      "\\s*(data\\s*)?(lists?|look\\s*-?\\s*ups?|drop\\s*-?\\s*downs?|(data\\s*)?validation|pick\\s*-?\\s*lists?"
          + "|options|choices|ref(erence)?\\s*data|codes|keys?|config)"
          + "(\\s+(lists?|values|data|tables?|sheet))?\\s*\\d*\\s*",
      Pattern.CASE_INSENSITIVE);
  /** Sheet names that say a sheet holds the figures a chart is drawn from. */
  private static final Pattern CHART_NAME = Pattern.compile(
      "\\s*((chart|graph)s?(\\s*(data|source|figures|table))?|(data|figures)\\s+for\\s+(the\\s+)?(chart|graph)s?)\\s*\\d*\\s*",
      Pattern.CASE_INSENSITIVE);
  static final String CHART_REASON =
      "the figures a chart is drawn from, repeating the breaches of the sheets before it";
  static final String LOOKUP_REASON =
      "a list of lookup values (the choices behind drop-down cells), not breaches";

  private final SourceRef file;
  private final ColumnRules rules;

  private final List<RawRecord> records = new ArrayList<>();
  private final List<RowReject> rejects = new ArrayList<>();
  private final List<Issue> issues = new ArrayList<>();
  private final List<String> textLines = new ArrayList<>();
  private final Set<String> layouts = new LinkedHashSet<>();
  private int textLength;
  private int dataRows;
  private int rejectedRows;
  private int totalsRows;
  private int noteRows;
  private boolean lowerBound;
  /** A total stated in the text outside tables ("a total of 16 breaches"), until a table uses it. */
  private Map.Entry<SourceRef, Long> textTotal;
  private boolean textTotalsDisagree;

  private final List<TableHeader> headers = new ArrayList<>();
  private SheetState sheet;

  public TableExtractor(String file, ColumnRules rules) {
    this.file = SourceRef.file(file);
    this.rules = rules;
  }

  public Extraction result() {
    return SameBreaches.once(new Extraction(List.copyOf(records), List.copyOf(rejects), List.copyOf(issues),
        List.copyOf(textLines), String.join("+", layouts), dataRows, rejectedRows, totalsRows,
        noteRows, lowerBound, List.copyOf(headers)));
  }

  @Override
  public void startSheet(String name) {
    sheet = new SheetState(name, name == null ? null : UkDates.parseFinancialYear(name).orElse(null));
  }

  /** A sheet the reader did not read: a warning naming it and why, so quality.json lists it. */
  @Override
  public void skipSheet(String name, String reason) {
    issues.add(Issue.warning(SHEET_SKIPPED, file.atRow(name, 0),
        "sheet '" + name + "' skipped: " + reason));
  }

  @Override
  public void row(SheetRow row) {
    if (sheet.header == null) {
      searchHeader(row);
      return;
    }
    if (sheet.secondRowPossible) {
      sheet.secondRowPossible = false;
      if (HeaderFinder.isSecondRow(sheet.headerRow, row, rules)) {
        SheetRow both = HeaderFinder.merge(sheet.headerRow, row, rules);
        Optional<Header> header = HeaderFinder.find(both, rules);
        if (header.isPresent()) {
          setHeader(header.get(), both);
          return;
        }
      }
    }
    if (row.isBlank()) {
      sheet.blankSinceData = true;
      return;
    }
    List<String> cells = row.nonBlank();
    if (isTotalsRow(row, cells)) {
      totalsRows++;
      if (sheet.header.layout() == Layout.INCIDENT_LOG) {
        sheet.checkLogTotal(row);
      } else {
        sheet.totalRows.add(row);
      }
      return;
    }
    if (sheet.header.layout() != Layout.INCIDENT_LOG && Summary.statedTotal(row).isPresent()) {
      totalsRows++; // "The total number of breaches was 16", under the table
      sheet.totalRows.add(row);
      return;
    }
    Optional<String> heading = sectionHeading(cells);
    if (heading.isPresent()) {
      // A section heading ("2012/13") between blocks of one table, often after a blank row:
      // the table goes on.
      sheet.sectionYear = heading.get();
      sheet.blankSinceData = false;
      return;
    }
    if (isNote(row, cells)) {
      noteRows++;
      addText(row);
      return;
    }
    if (cells.equals(sheet.headerCells)) {
      noteRows++; // the header repeated, as on a printed page
      return;
    }
    dataRows++;
    sheet.blankSinceData = false;
    if (sheet.header.layout() == Layout.INCIDENT_LOG) {
      logRow(row);
    } else {
      sheet.summary.add(ref(row), row, sheet.year());
    }
  }

  @Override
  public void endSheet() {
    if (sheet.header != null && sheet.header.layout() != Layout.INCIDENT_LOG) {
      reconcileSummary();
    }
    if (isLookupList()) {
      sheet.start.restore();
      skipSheet(sheet.name, LOOKUP_REASON);
    } else if (sheet.name != null && CHART_NAME.matcher(sheet.name).matches()
        && sheet.start.records > 0) {
      // Counted once already: a chart's data repeats the log or summary it was drawn from.
      sheet.start.restore();
      skipSheet(sheet.name, CHART_REASON);
    } else if (sheet.header != null) {
      layouts.add(sheet.header.layout().name());
    }
    sheet = null;
  }

  private void searchHeader(SheetRow row) {
    if (sheet.rowsSearched++ < HEADER_SEARCH_ROWS) {
      Optional<Header> header = HeaderFinder.find(row, rules);
      if (header.isPresent()) {
        SheetRow above = sheet.previous;
        if (above != null && HeaderFinder.isFirstRow(above, row)) {
          // Group titles or headings merged down from the row above ("Ref | Incident | | ...").
          SheetRow both = HeaderFinder.merge(above, row, rules);
          Optional<Header> merged = HeaderFinder.find(both, rules);
          if (merged.isPresent()) {
            setHeader(merged.get(), both);
            return;
          }
        }
        setHeader(header.get(), row);
        sheet.secondRowPossible = true;
        return;
      }
      Optional<Header> unheaded = sheet.previous == null ? Optional.empty()
          : HeaderFinder.withUnheadedYears(sheet.previous, row, rules);
      if (unheaded.isPresent()) {
        setHeader(unheaded.get(), sheet.previous);
        row(row); // the first data row, which showed where the years are
        return;
      }
    }
    if (!row.isBlank()) {
      sheet.previous = row;
      if (sheet.rowsSearched <= HEADER_SEARCH_ROWS) {
        sheet.above.add(row.joined());
      }
      Summary.statedTotal(row).ifPresent(total -> textTotal(ref(row), total));
    }
    addText(row);
  }

  private void setHeader(Header header, SheetRow row) {
    headers.add(new TableHeader(sheet.name, row.number(), row.nonBlank(), sheet.above));
    sheet.header = header;
    sheet.headerRow = row;
    sheet.headerCells = row.nonBlank();
    sheet.headerWidth = lastNonBlank(row) + 1;
    sheet.summary = header.layout() == Layout.INCIDENT_LOG ? null
        : new Summary(header, ref(row), rules);
  }

  /** Two different totals in the letter recover nothing: which one the table's is, is unknown. */
  private void textTotal(SourceRef at, long total) {
    if (textTotal == null && !textTotalsDisagree) {
      textTotal = Map.entry(at, total);
    } else if (textTotal != null && textTotal.getValue() != total) {
      textTotal = null;
      textTotalsDisagree = true;
    }
  }

  /**
   * Is this sheet the list of choices behind a workbook's drop-down cells (categories, outcomes,
   * Yes/No), rather than a log? A short table with no dates and no value repeated in any column,
   * and either a name that says so ("Lists", "Lookups", "Dropdowns") or columns of different
   * lengths each filled from the top, as lists of choices are. A real log repeats its types and
   * actions, has dates, or fills its rows across.
   */
  private boolean isLookupList() {
    List<SheetRow> rows = sheet.logRows;
    if (sheet.header == null || sheet.header.layout() != Layout.INCIDENT_LOG || rows.isEmpty()
        || rows.size() > LOOKUP_MAX_ROWS) {
      return false;
    }
    Map<Integer, List<String>> columns = new TreeMap<>();
    Map<Integer, Integer> lastRow = new HashMap<>();
    for (int r = 0; r < rows.size(); r++) {
      for (int c = 0; c < sheet.headerWidth; c++) {
        String text = rows.get(r).cell(c).strip();
        if (text.isEmpty()) {
          continue;
        }
        if (text.length() > HeaderFinder.HEADING_MAX || UkDates.parse(text).isPresent()
            && !UkDates.parseFinancialYear(text).isPresent()) {
          return false; // a sentence or a date: a breach, not a choice
        }
        columns.computeIfAbsent(c, k -> new ArrayList<>()).add(text.toLowerCase(Locale.ROOT));
        lastRow.put(c, r);
      }
    }
    boolean distinct = columns.values().stream().allMatch(v -> v.size() == new HashSet<>(v).size());
    if (!distinct) {
      return false;
    }
    if (LOOKUP_NAME.matcher(sheet.name == null ? "" : sheet.name).matches()) {
      return true;
    }
    boolean fromTop = columns.entrySet().stream()
        .allMatch(e -> e.getValue().size() == lastRow.get(e.getKey()) + 1);
    IntSummaryStatistics lengths = columns.values().stream().mapToInt(List::size)
        .summaryStatistics();
    return columns.size() >= 2 && fromTop && lengths.getMax() - lengths.getMin() >= 2;
  }

  /** "Total" leads the row, or fills a summary's type column ("2011/12 | Total | 8"). */
  private boolean isTotalsRow(SheetRow row, List<String> cells) {
    return ColumnRules.isTotalLabel(cells.get(0))
        || sheet.header.layout() != Layout.INCIDENT_LOG && sheet.header.typeColumn()
            .filter(column -> ColumnRules.isTotalCell(row.cell(column))).isPresent();
  }

  /** A lone short cell naming a financial year; "2012/13 figures are provisional" is a note. */
  private static Optional<String> sectionHeading(List<String> cells) {
    return cells.size() == 1 && cells.get(0).length() <= HeaderFinder.YEAR_HEADING_MAX
        ? UkDates.parseFinancialYear(cells.get(0))
        : Optional.empty();
  }

  /**
   * A note under or inside the table: a lone cell after a blank row, led by "Note", "Source",
   * "*"..., as long as a sentence, or where no breach can stand alone; or, after a blank row, a
   * row of several cells led by such a word ("Source: | Information Governance Team").
   */
  private boolean isNote(SheetRow row, List<String> cells) {
    String first = cells.get(0);
    boolean noteWord = NOTE.matcher(first).find();
    if (cells.size() > 1) {
      return noteWord && sheet.blankSinceData;
    }
    return sheet.blankSinceData || noteWord || first.length() > NOTE_LENGTH || !canStandAlone(row);
  }

  /**
   * Can a row's one cell be a breach? In a log only a description, a type or a real date can
   * stand alone, in a summary only a count: "None" under the Date heading is the council's
   * answer, and a type with no count has nothing to count.
   */
  private boolean canStandAlone(SheetRow row) {
    int column = 0;
    while (row.cell(column).isBlank()) {
      column++;
    }
    Header h = sheet.header;
    if (h.layout() == Layout.INCIDENT_LOG) {
      return isColumn(Field.DESCRIPTION, column) || isColumn(Field.CATEGORY, column)
          || isColumn(Field.DATE, column) && UkDates.parse(row.cell(column)).isPresent();
    }
    return h.yearColumns().containsKey(column) || h.typeColumns().containsKey(column)
        || isColumn(Field.COUNT, column);
  }

  private boolean isColumn(Field field, int column) {
    return sheet.header.column(field).filter(c -> c == column).isPresent();
  }

  private void addText(SheetRow row) {
    if (textLength >= TEXT_LIMIT) {
      return; // a long sheet without a table: its first lines are all that is needed
    }
    String line = row.joined();
    if (!line.isEmpty()) {
      textLines.add(line);
      textLength += line.length() + 1;
    }
  }

  private static int lastNonBlank(SheetRow row) {
    for (int c = row.cells().size() - 1; c >= 0; c--) {
      if (!row.cell(c).isBlank()) {
        return c;
      }
    }
    return -1;
  }

  private void logRow(SheetRow row) {
    if (sheet.logRows.size() <= LOOKUP_MAX_ROWS) {
      sheet.logRows.add(row);
    }
    Header h = sheet.header;
    SourceRef ref = ref(row);
    String date = cell(row, Field.DATE);
    String description = cell(row, Field.DESCRIPTION);
    String category = cell(row, Field.CATEGORY);
    int last = lastNonBlank(row);
    if (last >= sheet.headerWidth) {
      reject(ref, "value in column " + (last + 1) + " beyond the table's " + sheet.headerWidth
          + " columns (an unquoted comma in a CSV shifts a row's values): '" + row.cell(last).strip()
          + "'", row);
      return;
    }
    if (date == null && description == null && category == null) {
      reject(ref, "row has no date, description or type of breach", row);
      return;
    }
    Long count = 1L;
    boolean suppressed = false;
    if (h.has(Field.COUNT)) {
      CountValue value = Counts.parse(row.cell(h.columns().get(Field.COUNT)));
      if (!value.valid()) {
        reject(ref, "count column: " + value.problem(), row);
        return;
      }
      suppressed = value.suppressed();
      count = suppressed ? null : value.blank() ? Long.valueOf(1) : value.value();
    }
    if (suppressed) {
      lowerBound = true;
    }
    sheet.logSum += count == null ? 0 : count;
    records.add(new RawRecord(ref, h.layout().name(), h.row(), date, sheet.year(), description,
        category, cell(row, Field.CHILDREN), cell(row, Field.SENSITIVE), cell(row, Field.ACTION),
        cell(row, Field.ICO), cell(row, Field.PEOPLE), count, suppressed));
  }

  private void reconcileSummary() {
    sheet.summary.totals(sheet.totalRows.stream().map(r -> Map.entry(ref(r), r)).toList());
    if (textTotal != null && sheet.summary.recoverFrom(textTotal.getValue(), textTotal.getKey())) {
      textTotal = null; // one stated total recovers one table's hidden cells, never two
    }
    Summary.Result result = sheet.summary.result();
    records.addAll(result.records());
    rejects.addAll(result.rejects());
    issues.addAll(result.issues());
    rejectedRows += result.rejectedRows();
    lowerBound |= result.lowerBound();
  }

  private String cell(SheetRow row, Field field) {
    Integer column = sheet.header.columns().get(field);
    if (column == null) {
      return null;
    }
    String text = row.cell(column).strip();
    return text.isEmpty() ? null : text;
  }

  private SourceRef ref(SheetRow row) {
    return file.atRow(sheet.name, row.number());
  }

  private void reject(SourceRef ref, String reason, SheetRow row) {
    rejectedRows++;
    rejects.add(new RowReject(ref, reason, row.joined()));
  }

  /** What the file had given before a sheet began, to take back a sheet that is not data. */
  private final class Start {
    final int records = TableExtractor.this.records.size();
    final int rejects = TableExtractor.this.rejects.size();
    final int issues = TableExtractor.this.issues.size();
    final int text = textLines.size();
    final int textLength = TableExtractor.this.textLength;
    final int dataRows = TableExtractor.this.dataRows;
    final int rejectedRows = TableExtractor.this.rejectedRows;
    final int totalsRows = TableExtractor.this.totalsRows;
    final int noteRows = TableExtractor.this.noteRows;
    final boolean lowerBound = TableExtractor.this.lowerBound;
    final int headers = TableExtractor.this.headers.size();

    void restore() {
      TableExtractor.this.records.subList(records, TableExtractor.this.records.size()).clear();
      TableExtractor.this.rejects.subList(rejects, TableExtractor.this.rejects.size()).clear();
      TableExtractor.this.issues.subList(issues, TableExtractor.this.issues.size()).clear();
      textLines.subList(text, textLines.size()).clear();
      TableExtractor.this.textLength = textLength;
      TableExtractor.this.dataRows = dataRows;
      TableExtractor.this.rejectedRows = rejectedRows;
      TableExtractor.this.totalsRows = totalsRows;
      TableExtractor.this.noteRows = noteRows;
      TableExtractor.this.lowerBound = lowerBound;
      TableExtractor.this.headers.subList(headers, TableExtractor.this.headers.size()).clear();
    }
  }

  /** What one sheet has shown so far. */
  private final class SheetState {
    final String name;
    final String nameYear;
    final Start start = new Start();
    String sectionYear;
    Header header;
    /** The header row as read, both rows in one for a two-row header. */
    SheetRow headerRow;
    /** The row under a header may be its second row. */
    boolean secondRowPossible;
    /** The last non-blank row above the header, which may be a header's first row. */
    SheetRow previous;
    /** The non-blank lines above the header: titles, letterhead. */
    final List<String> above = new ArrayList<>();
    /** An incident log's data rows, as long as it may be a lookup list. */
    final List<SheetRow> logRows = new ArrayList<>();
    List<String> headerCells;
    /** Columns up to the header's last heading; a value beyond it has no column to belong to. */
    int headerWidth;
    int rowsSearched;
    boolean blankSinceData;
    /** The summary table being read, when the header is not an incident log's. */
    Summary summary;
    final List<SheetRow> totalRows = new ArrayList<>();
    long logSum;
    long sumAtLastTotal;

    SheetState(String name, String nameYear) {
      this.name = name;
      this.nameYear = nameYear;
    }

    String year() {
      return sectionYear != null ? sectionYear : nameYear;
    }

    /**
     * An incident log's "Total | 12" row must agree with the rows above it: all of them, or
     * those since the previous totals row ("Sub-total 2011/12 | 2").
     */
    void checkLogTotal(SheetRow row) {
      long block = logSum - sumAtLastTotal;
      sumAtLastTotal = logSum;
      row.nonBlank().stream().skip(1)
          .map(Counts::parse)
          .filter(v -> v.value() != null)
          .findFirst()
          .filter(v -> v.value() != logSum && v.value() != block)
          .ifPresent(v -> {
            issues.add(Issue.warning("TOTAL_MISMATCH", ref(row), "stated total " + v.value()
                + " but the log has " + logSum + " incidents above it"
                + (block == logSum ? "" : " (" + block + " since the previous totals row)")
                + "; the rows are used"));
            if (block == logSum && TotalsFarApart.farApart(v.value(), logSum)) {
              issues.add(TotalsFarApart.warning(ref(row), v.value(), logSum));
            }
          });
    }
  }
}
