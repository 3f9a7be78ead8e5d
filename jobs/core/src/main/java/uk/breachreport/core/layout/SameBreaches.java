package uk.breachreport.core.layout;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;
import uk.breachreport.core.model.RawRecord;
import uk.breachreport.core.model.RowReject;
import uk.breachreport.core.model.SourceRef;
import uk.breachreport.core.normalise.DateValue;
import uk.breachreport.core.normalise.UkDates;

/**
 * Nothing counted twice within one answer. Councils often give the same breaches in two tables:
 * by directorate and again by action taken, a summary by year and the incident log behind it. A
 * table is the same breaches as another of the answer when, for every year it gives (two at
 * least), its breaches add up to exactly the other's for that year (the other may also give a year
 * more, such as the months of 2014/15 so far); a log's rows count in the financial year of their
 * dates, and a log without readable dates is the same as a year table of its length. The table
 * with fewer years, or the year table beside a log, is then not counted: its rows are rejected
 * with that reason, so nothing is lost. Tables with a hidden ("<5") figure are never compared:
 * their sums are not known.
 */
final class SameBreaches {

  private SameBreaches() {}

  static Extraction once(Extraction extraction) {
    Map<String, Table> tables = new LinkedHashMap<>();
    for (RawRecord r : extraction.records()) {
      tables.computeIfAbsent(key(r), k -> new Table(r.source().sheet(), r.headerRow()))
          .records.add(r);
    }
    if (tables.size() < 2) {
      return extraction;
    }
    List<Table> kept = new ArrayList<>();
    Map<Table, Table> repeats = new LinkedHashMap<>();
    for (Table table : tables.values()) {
      Table same = kept.stream().filter(k -> k.sameBreachesAs(table)).findFirst().orElse(null);
      if (same == null) {
        kept.add(table);
      } else if (table.keepsOver(same)) {
        kept.set(kept.indexOf(same), table);
        repeats.put(same, table);
      } else {
        repeats.put(table, same);
      }
    }
    if (repeats.isEmpty()) {
      return extraction;
    }
    List<RawRecord> records = new ArrayList<>(extraction.records());
    List<RowReject> rejects = new ArrayList<>(extraction.rejects());
    repeats.forEach((repeat, counted) -> {
      records.removeAll(repeat.records);
      repeat.rows().forEach((row, cells) -> rejects.add(new RowReject(row,
          "the same breaches as " + counted.name() + ", by another heading: not counted twice",
          cells)));
    });
    int rejectedRows = extraction.rejectedRows()
        + repeats.keySet().stream().mapToInt(t -> t.rows().size()).sum();
    return new Extraction(List.copyOf(records), List.copyOf(rejects), extraction.issues(),
        extraction.text(), extraction.layout(), extraction.dataRows(), rejectedRows,
        extraction.totalsRows(), extraction.noteRows(), extraction.lowerBound(),
        extraction.headers());
  }

  private static String key(RawRecord r) {
    return r.source().sheet() + "\u0000" + r.headerRow();
  }

  private static final class Table {
    private final String sheet;
    private final int headerRow;
    private final List<RawRecord> records = new ArrayList<>();

    Table(String sheet, int headerRow) {
      this.sheet = sheet;
      this.headerRow = headerRow;
    }

    /** Breaches by the year its rows or columns give; null when a figure is hidden. */
    private Map<String, Long> byYear() {
      if (records.stream().anyMatch(r -> r.suppressed() || r.count() == null)) {
        return null;
      }
      return records.stream().filter(r -> r.financialYear() != null).collect(Collectors
          .groupingBy(RawRecord::financialYear, TreeMap::new,
              Collectors.summingLong(RawRecord::count)));
    }

    /**
     * Breaches by year, a log's by the financial year of each row's date; null when a figure is
     * hidden or a log's row has no date that can be read.
     */
    private Map<String, Long> dated() {
      if (!log()) {
        return byYear();
      }
      Map<String, Long> years = new TreeMap<>();
      for (RawRecord r : records) {
        String year = UkDates.parse(r.date()).map(DateValue::financialYear).orElse(null);
        if (year == null || r.count() == null || r.suppressed()) {
          return null;
        }
        years.merge(year, r.count(), Long::sum);
      }
      return years;
    }

    private boolean log() {
      return records.stream().allMatch(r -> r.financialYear() == null);
    }

    /** Some rows by year, some not: not one breakdown to compare. */
    private boolean mixed() {
      return !log() && records.stream().anyMatch(r -> r.financialYear() == null);
    }

    private long total() {
      return records.stream().mapToLong(r -> Objects.requireNonNullElse(r.count(), 0L)).sum();
    }

    boolean sameBreachesAs(Table other) {
      if (byYear() == null || other.byYear() == null || mixed() || other.mixed() || total() == 0
          || log() && other.log()) { // two logs are two lists, whatever their lengths
        return false;
      }
      Map<String, Long> mine = dated();
      Map<String, Long> theirs = other.dated();
      if (mine == null || theirs == null) { // a log without dates beside a year table
        return total() == other.total();
      }
      Map<String, Long> fewer = mine.size() <= theirs.size() ? mine : theirs;
      Map<String, Long> more = fewer == mine ? theirs : mine;
      // One year in common is coincidence enough, unless both give just that year.
      return (fewer.size() >= 2 || more.size() == fewer.size())
          && fewer.entrySet().stream().allMatch(e -> e.getValue().equals(more.get(e.getKey())));
    }

    /** Of two tables of the same breaches, a log or the one giving more years is counted. */
    boolean keepsOver(Table counted) {
      return log() && !counted.log()
          || !log() && !counted.log() && byYear().size() > counted.byYear().size();
    }

    /** Each row of the table, with what its records held, in reading order. */
    Map<SourceRef, String> rows() {
      Map<SourceRef, String> rows = new LinkedHashMap<>();
      for (RawRecord r : records) {
        String cell = Objects.requireNonNullElse(r.councilCategory(),
            Objects.requireNonNullElse(r.description(), ""))
            + (r.financialYear() == null ? "" : " " + r.financialYear()) + ": " + r.count();
        rows.merge(r.source(), cell.strip(), (a, b) -> a + "; " + b);
      }
      return rows;
    }

    String name() {
      return (sheet == null ? "the table" : "'" + sheet + "'") + " (header in row " + headerRow
          + ")";
    }
  }
}
