package uk.breachreport.sample;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/** Summary tables (counts by type and year) built from the same breaches a log would list. */
final class Summaries {

  private static final String SUPPRESSED = "<5";

  private Summaries() {}

  /** Breaches by type label (sorted) then financial year start (2011, 2012, 2013). */
  static Map<String, int[]> byTypeAndYear(List<Breach> breaches) {
    Map<String, int[]> counts = new TreeMap<>();
    for (Breach b : breaches) {
      counts.computeIfAbsent(b.type(), t -> new int[3])[Breaches.financialYearStart(b.date()) - 2011]++;
    }
    return counts;
  }

  private static List<Object> yearHeader(String first, boolean totalColumn) {
    List<Object> header = new ArrayList<>();
    header.add(first);
    Breaches.financialYears().forEach(y -> header.add(Breaches.financialYear(y, "/")));
    if (totalColumn) {
      header.add("Total");
    }
    return header;
  }

  private static int[] yearTotals(Map<String, int[]> counts) {
    int[] totals = new int[3];
    counts.values().forEach(c -> {
      for (int y = 0; y < 3; y++) {
        totals[y] += c[y];
      }
    });
    return totals;
  }

  private static int sum(int[] values) {
    int s = 0;
    for (int v : values) {
      s += v;
    }
    return s;
  }

  private static void saveSheet(Path file, String sheetName, List<List<Object>> rows) throws IOException {
    Workbook wb = new XSSFWorkbook();
    Sheet sheet = wb.createSheet(sheetName);
    Office.fill(sheet, 0, 0, rows, "dd/mm/yyyy");
    Office.bold(sheet, 0);
    Office.widths(sheet, 34, 10, 10, 10, 10);
    Office.save(wb, file);
  }

  /** 11. Wide: type by year with a Total column and a Total row, every cell visible. */
  static Written wide(Path file, Council council, List<Breach> breaches, Random random) throws IOException {
    Map<String, int[]> counts = byTypeAndYear(breaches);
    List<List<Object>> rows = new ArrayList<>();
    rows.add(yearHeader("Type of breach", true));
    counts.forEach((type, c) -> rows.add(List.of(type, c[0], c[1], c[2], sum(c))));
    int[] totals = yearTotals(counts);
    rows.add(List.of("Total", totals[0], totals[1], totals[2], sum(totals)));
    saveSheet(file, "Summary", rows);
    return Written.exact(breaches.size());
  }

  private static Object suppress(int value) {
    return value >= 1 && value <= 4 ? SUPPRESSED : (Object) value;
  }

  /**
   * 12. Wide with cells of 1-4 shown as {@code <5}; the Total row and the grand total are stated
   * unsuppressed, so the council's total is exact even though its categories are not.
   */
  static Written wideSuppressedWithTotal(Path file, Council council, List<Breach> breaches, Random random)
      throws IOException {
    Map<String, int[]> counts = byTypeAndYear(breaches);
    List<List<Object>> rows = new ArrayList<>();
    rows.add(yearHeader("Category", true));
    counts.forEach((type, c) -> rows.add(List.of(type, suppress(c[0]), suppress(c[1]), suppress(c[2]), suppress(sum(c)))));
    int[] totals = yearTotals(counts);
    rows.add(List.of("Total", totals[0], totals[1], totals[2], sum(totals)));
    rows.add(List.of());
    rows.add(List.of("<5 denotes a figure between 1 and 4, withheld under section 40(2) to prevent identification."));
    saveSheet(file, "Breaches", rows);
    return Written.exact(breaches.size());
  }

  /**
   * 13. Wide with {@code <5} cells and no total anywhere: the visible cells are all a pipeline can
   * count, a lower bound whenever a cell was suppressed.
   */
  static Written wideSuppressedNoTotal(Path file, Council council, List<Breach> breaches, Random random)
      throws IOException {
    Map<String, int[]> counts = byTypeAndYear(breaches);
    List<List<Object>> rows = new ArrayList<>();
    rows.add(yearHeader("Type", false));
    counts.forEach((type, c) -> rows.add(List.of(type, suppress(c[0]), suppress(c[1]), suppress(c[2]))));
    saveSheet(file, "Sheet1", rows);
    int visible = counts.values().stream().flatMapToInt(Arrays::stream).filter(v -> v > 4).sum();
    boolean anySuppressed = counts.values().stream().flatMapToInt(Arrays::stream).anyMatch(v -> v >= 1 && v <= 4);
    return new Written(visible, anySuppressed, 0);
  }

  /**
   * 14. Wide whose stated Total row disagrees with its breakdown in one year (a spreadsheet error):
   * the breakdown is what counts.
   */
  static Written wideTotalMismatch(Path file, Council council, List<Breach> breaches, Random random)
      throws IOException {
    Map<String, int[]> counts = byTypeAndYear(breaches);
    List<List<Object>> rows = new ArrayList<>();
    rows.add(yearHeader("Type of incident", true));
    counts.forEach((type, c) -> rows.add(List.of(type, c[0], c[1], c[2], sum(c))));
    int[] stated = yearTotals(counts);
    stated[1] += 3;
    rows.add(List.of("Total", stated[0], stated[1], stated[2], sum(stated)));
    saveSheet(file, "Summary", rows);
    return Written.exact(breaches.size());
  }

  /** 15. Long format CSV: Year, Type, Number; zero combinations left out. */
  static Written longCsv(Path file, Council council, List<Breach> breaches, Random random) throws IOException {
    List<List<String>> rows = new ArrayList<>();
    rows.add(List.of("Year", "Type", "Number"));
    for (int year : Breaches.financialYears()) {
      byTypeAndYear(breaches).forEach((type, c) -> {
        if (c[year - 2011] > 0) {
          rows.add(List.of(Breaches.financialYear(year, "/"), type, Integer.toString(c[year - 2011])));
        }
      });
    }
    Office.delimited(file, StandardCharsets.UTF_8, false, CSVFormat.DEFAULT, rows);
    return Written.exact(breaches.size());
  }

  /** 16. Year totals only: Financial year, Number of breaches, then a Total row. */
  static Written yearTotals(Path file, Council council, List<Breach> breaches, Random random) throws IOException {
    int[] totals = yearTotals(byTypeAndYear(breaches));
    List<List<Object>> rows = new ArrayList<>();
    rows.add(List.of("Financial year", "Number of breaches"));
    for (int year : Breaches.financialYears()) {
      rows.add(List.of(Breaches.financialYear(year, "/"), totals[year - 2011]));
    }
    rows.add(List.of("Total", sum(totals)));
    saveSheet(file, "Breaches", rows);
    return Written.exact(breaches.size());
  }

  /** Year totals as CSV with years written out ("April 2011 - March 2012"). */
  static Written yearTotalsCsv(Path file, Council council, List<Breach> breaches, Random random) throws IOException {
    int[] totals = yearTotals(byTypeAndYear(breaches));
    List<List<String>> rows = new ArrayList<>();
    rows.add(List.of("Period", "Number of data protection breaches"));
    for (int year : Breaches.financialYears()) {
      rows.add(List.of("April " + year + " - March " + (year + 1), Integer.toString(totals[year - 2011])));
    }
    rows.add(List.of("Total", Integer.toString(sum(totals))));
    Office.delimited(file, StandardCharsets.UTF_8, false, CSVFormat.DEFAULT, rows);
    return Written.exact(breaches.size());
  }

  /** 17. A Word letter with a table by type only, for the whole period, and a Total row. */
  static Written typeTotalsWord(Path file, Council council, List<Breach> breaches, Random random) throws IOException {
    XWPFDocument doc = new XWPFDocument();
    Office.paragraphs(doc, council.name(), "Freedom of Information request FOI/2014/0412", "",
        "Dear Sir or Madam,",
        "Between 1 April 2011 and 31 March 2014 the Council recorded the following data protection breaches:");
    List<List<String>> rows = new ArrayList<>();
    rows.add(List.of("Type of breach", "Number"));
    byTypeAndYear(breaches).forEach((type, c) -> rows.add(List.of(type, Integer.toString(sum(c)))));
    rows.add(List.of("Total", Integer.toString(breaches.size())));
    Office.table(doc, rows);
    Office.paragraphs(doc, "", "We do not hold a breakdown by year in a form that can be extracted.",
        "Yours faithfully,", "", "Information Governance Manager");
    Office.save(doc, file);
    return Written.exact(breaches.size());
  }

  /** Transposed wide: rows are years, columns are types, with a Total column. */
  static Written transposed(Path file, Council council, List<Breach> breaches, Random random) throws IOException {
    Map<String, int[]> counts = byTypeAndYear(breaches);
    List<List<Object>> rows = new ArrayList<>();
    List<Object> header = new ArrayList<>();
    header.add("Year");
    header.addAll(counts.keySet());
    header.add("Total");
    rows.add(header);
    for (int year : Breaches.financialYears()) {
      List<Object> row = new ArrayList<>();
      row.add(Breaches.financialYear(year, "-"));
      int total = 0;
      for (int[] c : counts.values()) {
        row.add(c[year - 2011]);
        total += c[year - 2011];
      }
      row.add(total);
      rows.add(row);
    }
    saveSheet(file, "By year", rows);
    return Written.exact(breaches.size());
  }
}
