package uk.breachreport.core.layout;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigInteger;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTWorkbookPr;
import uk.breachreport.testing.OfficeFiles;

/**
 * Writes the {@code input.*} file of every layout fixture under
 * {@code src/test/resources/fixtures/<quirk>/}. The files are committed; this class is kept so
 * they can be regenerated (same bytes every time) after a deliberate change:
 *
 * <pre>
 * mvn -B -q -pl jobs/core test-compile exec:java -Dexec.classpathScope=test \
 *   -Dexec.mainClass=uk.breachreport.core.layout.FixtureFiles \
 *   -Dexec.args=jobs/core/src/test/resources/fixtures
 * </pre>
 *
 * Each fixture's {@code README} says what trap it shows; its {@code expected*} files are written
 * by hand from what the council's file means, never from the code's output.
 */
public final class FixtureFiles {

  /** A formula cell with the value Excel cached when the file was saved. */
  record Formula(String formula, double cached) {}

  /** A real date cell shown with an Excel number format. */
  record Dated(LocalDateTime when, String format) {
    static Dated day(int year, int month, int day, String format) {
      return new Dated(LocalDate.of(year, month, day).atStartOfDay(), format);
    }
  }

  /** A Word table cell merged across {@code columns} grid columns. */
  record Span(String text, int columns) {}

  /** When every fixture claims to have been saved, so the bytes do not depend on the clock. */
  private static final LocalDateTime SAVED = LocalDateTime.of(2014, 4, 28, 10, 0);
  private static final OfficeFiles FILES = new OfficeFiles(SAVED);
  private static final String UK = "dd/mm/yyyy";

  private interface InputWriter {
    void write(Path dir) throws IOException;
  }

  private FixtureFiles() {}

  public static void main(String[] args) throws IOException {
    Path root = Path.of(args.length > 0 ? args[0] : "jobs/core/src/test/resources/fixtures");
    for (Map.Entry<String, InputWriter> fixture : fixtures().entrySet()) {
      Path dir = root.resolve(fixture.getKey());
      Files.createDirectories(dir);
      fixture.getValue().write(dir);
      System.out.println("wrote " + dir);
    }
  }

  static Map<String, InputWriter> fixtures() {
    Map<String, InputWriter> f = new LinkedHashMap<>();
    f.put("letterhead-title-blank-rows", FixtureFiles::letterheadTitleBlankRows);
    f.put("hidden-column", FixtureFiles::hiddenColumn);
    f.put("stray-blank-row", FixtureFiles::strayBlankRow);
    f.put("notes-below-table", FixtureFiles::notesBelowTable);
    f.put("totals-log", FixtureFiles::totalsLog);
    f.put("totals-log-mismatch", FixtureFiles::totalsLogMismatch);
    f.put("totals-summary", FixtureFiles::totalsSummary);
    f.put("total-column", FixtureFiles::totalColumn);
    f.put("sheet-per-year", FixtureFiles::sheetPerYear);
    f.put("summary-wide", FixtureFiles::summaryWide);
    f.put("summary-wide-suppressed-total", FixtureFiles::summaryWideSuppressedTotal);
    f.put("summary-wide-suppressed", FixtureFiles::summaryWideSuppressed);
    f.put("summary-wide-mismatch", FixtureFiles::summaryWideMismatch);
    f.put("summary-wide-mismatch-no-total-column", FixtureFiles::summaryWideMismatchNoTotalColumn);
    f.put("summary-wide-blank-corner", FixtureFiles::summaryWideBlankCorner);
    f.put("summary-year-rows", FixtureFiles::summaryYearRows);
    f.put("summary-year-rows-suppressed-total", FixtureFiles::summaryYearRowsSuppressedTotal);
    f.put("summary-year-rows-suppressed", FixtureFiles::summaryYearRowsSuppressed);
    f.put("summary-year-rows-mismatch", FixtureFiles::summaryYearRowsMismatch);
    f.put("summary-long", FixtureFiles::summaryLong);
    f.put("summary-long-suppressed-total", FixtureFiles::summaryLongSuppressedTotal);
    f.put("summary-long-suppressed", FixtureFiles::summaryLongSuppressed);
    f.put("summary-long-mismatch", FixtureFiles::summaryLongMismatch);
    f.put("summary-long-year-totals", FixtureFiles::summaryLongYearTotals);
    f.put("summary-by-type", FixtureFiles::summaryByType);
    f.put("summary-by-type-suppressed-total", FixtureFiles::summaryByTypeSuppressedTotal);
    f.put("summary-by-type-suppressed", FixtureFiles::summaryByTypeSuppressed);
    f.put("summary-by-type-mismatch", FixtureFiles::summaryByTypeMismatch);
    f.put("year-totals", FixtureFiles::yearTotals);
    f.put("year-totals-suppressed-total", FixtureFiles::yearTotalsSuppressedTotal);
    f.put("year-totals-suppressed", FixtureFiles::yearTotalsSuppressed);
    f.put("year-totals-mismatch", FixtureFiles::yearTotalsMismatch);
    f.put("dates-1900", FixtureFiles::dates1900);
    f.put("dates-1904", FixtureFiles::dates1904);
    f.put("dates-uk-text", FixtureFiles::datesUkText);
    f.put("xls-dates-formula", FixtureFiles::xlsDatesFormula);
    f.put("numbers-as-text", FixtureFiles::numbersAsText);
    f.put("formula-cached", FixtureFiles::formulaCached);
    f.put("csv-utf8-bom", FixtureFiles::csvUtf8Bom);
    f.put("csv-windows-1252-semicolon", FixtureFiles::csvWindows1252Semicolon);
    f.put("txt-tab", FixtureFiles::txtTab);
    f.put("csv-quoted", FixtureFiles::csvQuoted);
    f.put("csv-unquoted-comma", FixtureFiles::csvUnquotedComma);
    f.put("docx-letter-table", FixtureFiles::docxLetterTable);
    f.put("section-heading-log", FixtureFiles::sectionHeadingLog);
    f.put("section-heading-summary", FixtureFiles::sectionHeadingSummary);
    f.put("repeated-header", FixtureFiles::repeatedHeader);
    f.put("header-words-in-data", FixtureFiles::headerWordsInData);
    f.put("table-at-b3", FixtureFiles::tableAtB3);
    f.put("lone-cell-under-header", FixtureFiles::loneCellUnderHeader);
    f.put("two-row-header-log", FixtureFiles::twoRowHeaderLog);
    f.put("two-row-header-csv", FixtureFiles::twoRowHeaderCsv);
    f.put("two-row-header-summary", FixtureFiles::twoRowHeaderSummary);
    f.put("two-row-header-docx", FixtureFiles::twoRowHeaderDocx);
    f.put("hidden-lists-sheet", FixtureFiles::hiddenListsSheet);
    f.put("very-hidden-sheet-xls", FixtureFiles::veryHiddenSheetXls);
    f.put("lookup-sheet-named", FixtureFiles::lookupSheetNamed);
    f.put("lookup-sheet-unnamed", FixtureFiles::lookupSheetUnnamed);
    f.put("log-short-distinct-kept", FixtureFiles::logShortDistinctKept);
    f.put("chart-data-sheet", FixtureFiles::chartDataSheet);
    f.put("suppressed-total-sentence-below", FixtureFiles::suppressedTotalSentenceBelow);
    f.put("suppressed-total-sentence-same-cell", FixtureFiles::suppressedTotalSentenceSameCell);
    f.put("suppressed-total-merged-row", FixtureFiles::suppressedTotalMergedRow);
    f.put("suppressed-total-column", FixtureFiles::suppressedTotalColumn);
    f.put("suppressed-total-in-letter", FixtureFiles::suppressedTotalInLetter);
    f.put("fy-year-columns-docx", FixtureFiles::fyYearColumnsDocx);
    f.put("fy-year-rows-docx", FixtureFiles::fyYearRowsDocx);
    f.put("fy-year-labels-csv", FixtureFiles::fyYearLabelsCsv);
    f.put("fy-unheaded-years-docx", FixtureFiles::fyUnheadedYearsDocx);
    f.put("fy-unheaded-year-rows-csv", FixtureFiles::fyUnheadedYearRowsCsv);
    return f;
  }

  // ---- incident logs ------------------------------------------------------------------------

  /** Letterhead, a "Date of request | Date of response" line, a merged title, blank rows. */
  static void letterheadTitleBlankRows(Path dir) throws IOException {
    XSSFWorkbook wb = new XSSFWorkbook();
    Sheet s = wb.createSheet("FOI 0412");
    fill(s, 0, 0, List.of(
        row("Craven District Council"),
        row("1 Belle Vue Square, Broughton Road, Skipton BD23 1FJ"),
        row("Date of request:", "02/04/2014", "Date of response:", "28/04/2014"),
        row("Freedom of Information request FOI 0412: data protection breaches, 1 April 2011 to 31 March 2014")));
    s.addMergedRegion(new CellRangeAddress(0, 0, 0, 3));
    s.addMergedRegion(new CellRangeAddress(3, 3, 0, 3));
    // Row 5 exists with empty formatted cells (as Excel keeps them); row 6 does not exist at all.
    Row blank = s.createRow(4);
    for (int c = 0; c < 4; c++) {
      blank.createCell(c).setCellStyle(wb.createCellStyle());
    }
    fill(s, 6, 0, List.of(
        row("Date", "Description", "Action taken", "Reported to ICO"),
        row(Dated.day(2011, 5, 12, UK), "Email containing a tenant's rent arrears sent to the wrong tenant",
            "Advice given to officer", "No"),
        row(Dated.day(2012, 11, 3, UK), "Council tax bill posted to previous occupier", "None", "No"),
        row(Dated.day(2013, 6, 20, UK), "Laptop stolen from officer's car", "Disciplinary", "Yes")));
    save(wb, dir.resolve("input.xlsx"));
  }

  /** A hidden column of staff names between the recognised columns. */
  static void hiddenColumn(Path dir) throws IOException {
    XSSFWorkbook wb = new XSSFWorkbook();
    Sheet s = wb.createSheet("Incidents");
    fill(s, 0, 0, List.of(
        row("Ref", "Date reported", "Officer", "Nature of breach", "Outcome", "Children's data?"),
        row("DP-001", Dated.day(2012, 4, 17, UK), "J. Smith", "Wrong recipient - email", "Training", "Y"),
        row("DP-002", Dated.day(2012, 9, 2, UK), "A. Patel", "Lost paper file", "Disciplinary", "N"),
        row("DP-003", Dated.day(2013, 1, 30, UK), "R. Jones", "Unauthorised access to records", "Dismissal", null)));
    s.setColumnHidden(2, true);
    save(wb, dir.resolve("input.xlsx"));
  }

  /** A blank row in the middle of the log; the rows after it are still breaches. */
  static void strayBlankRow(Path dir) throws IOException {
    XSSFWorkbook wb = new XSSFWorkbook();
    Sheet s = wb.createSheet("Log");
    fill(s, 0, 0, List.of(
        row("Date", "Description", "Action taken"),
        row(Dated.day(2011, 7, 4, UK), "Payslip sent to former employee's old address", "Advice"),
        row(Dated.day(2011, 10, 19, UK), "Case file left in meeting room", "Training"),
        row("", "", ""),
        row(Dated.day(2012, 2, 8, UK), "Email with a spreadsheet of pupils' names sent to a parent", "Disciplinary"),
        row(Dated.day(2012, 3, 1, UK), "Housing application faxed to wrong number", "None"),
        row(Dated.day(2012, 6, 14, UK), "Planning objection published with the objector's address")));
    save(wb, dir.resolve("input.xlsx"));
  }

  /** Notes under the table: one-cell notes, and a "Source: | ..." note in two cells. */
  static void notesBelowTable(Path dir) throws IOException {
    XSSFWorkbook wb = new XSSFWorkbook();
    Sheet s = wb.createSheet("Breaches");
    fill(s, 0, 0, List.of(
        row("Date", "Type of breach", "Description", "Action taken"),
        row(Dated.day(2011, 9, 12, UK), "Disclosure in error", "Letter about a benefit claim sent to a neighbour", "Apology"),
        row(Dated.day(2012, 12, 3, UK), "Loss", "Unencrypted memory stick lost", "Disciplinary"),
        row(Dated.day(2013, 8, 27, UK), "Disclosure in error", "Email to wrong distribution list", "Training"),
        row(),
        row("Notes:"),
        row("1. Figures are taken from the corporate incident log and include near misses reported to the Information Governance Team."),
        row("Source:", "Information Governance Team"),
        row("* Incidents involving more than one type are shown under the main type.")));
    save(wb, dir.resolve("input.xlsx"));
  }

  /** A log with a sub-total row after each year and a grand total at the end, all correct. */
  static void totalsLog(Path dir) throws IOException {
    XSSFWorkbook wb = new XSSFWorkbook();
    Sheet s = wb.createSheet("Log");
    fill(s, 0, 0, List.of(
        row("Date", "Description", "Action taken"),
        row(Dated.day(2011, 6, 1, UK), "Social care report emailed to wrong GP surgery", "Advice"),
        row(Dated.day(2011, 12, 15, UK), "Bag of council tax forms stolen from car", "None"),
        row("Sub-total 2011/12", 2),
        row(Dated.day(2012, 5, 9, UK), "CCTV footage shown to an unauthorised person", "Disciplinary"),
        row(Dated.day(2012, 8, 21, UK), "Electoral register extract sent to wrong party", "Training"),
        row(Dated.day(2013, 2, 2, UK), "Visitor saw a screen of client records", "None"),
        row("Sub-total 2012/13", 3),
        row("Total", 5)));
    save(wb, dir.resolve("input.xlsx"));
  }

  /** A log with a correct Sub-total and a Total one more than the rows above it. */
  static void totalsLogMismatch(Path dir) throws IOException {
    csv(dir.resolve("input.csv"), StandardCharsets.UTF_8, false, ',', List.of(
        List.of("Date", "Description", "Action taken"),
        List.of("14/05/2011", "Minutes with a named complainant sent to all councillors", "Advice"),
        List.of("02/02/2012", "Parking permit application lost in post", "None"),
        List.of("Sub-total", "2", ""),
        List.of("19/09/2013", "Officer accessed a relative's housing record", "Dismissal"),
        List.of("Total", "4", "")));
  }

  /** A summary by type with sub-total rows for groups of types and a grand total. */
  static void totalsSummary(Path dir) throws IOException {
    XSSFWorkbook wb = new XSSFWorkbook();
    Sheet s = wb.createSheet("Summary");
    fill(s, 0, 0, List.of(
        row("Type of breach", "Number of breaches"),
        row("Paper records lost", 3),
        row("Letters posted to wrong address", 6),
        row("Sub-total: paper", 9),
        row("Email sent to wrong recipient", 7),
        row("Subtotal: electronic", 7),
        row("Grand total", 16)));
    save(wb, dir.resolve("input.xlsx"));
  }

  /** A wide summary with a Total column and a Total row; a zero and a "-" cell. */
  static void totalColumn(Path dir) throws IOException {
    XSSFWorkbook wb = new XSSFWorkbook();
    Sheet s = wb.createSheet("Summary");
    fill(s, 0, 0, List.of(
        row("Type of breach", "2011/12", "2012/13", "2013/14", "Total"),
        row("Lost or stolen device", 2, 0, 1, 3),
        row("Sent to wrong recipient", 5, 7, "-", 12),
        row("Unauthorised access", 1, 2, 3, 6),
        row("Total", 8, 9, 4, 21)));
    save(wb, dir.resolve("input.xlsx"));
  }

  /** One log sheet per financial year (no date column) and a Notes sheet. */
  static void sheetPerYear(Path dir) throws IOException {
    XSSFWorkbook wb = new XSSFWorkbook();
    fill(wb.createSheet("2011-12"), 0, 0, List.of(
        row("Incident", "Department", "Action taken"),
        row("Wrong attachment sent to a supplier", "Finance", "Advice"),
        row("File left on train", "Social Care", "Disciplinary")));
    fill(wb.createSheet("2012-13"), 0, 0, List.of(
        row("Incident", "Department", "Action taken"),
        row("Email sent to wrong recipient", "Revenues", "None")));
    fill(wb.createSheet("2013-14"), 0, 0, List.of(
        row("Incident", "Department", "Action taken"),
        row("Benefit letter posted to wrong address", "Benefits", "Training"),
        row("Stolen laptop", "Highways", "None"),
        row("Phishing email led to an account compromise", "ICT", "None")));
    fill(wb.createSheet("Notes"), 0, 0, List.of(
        row("Notes"),
        row("Each sheet lists the incidents recorded in that financial year."),
        row("Departments are named as they were at the date of the incident.")));
    save(wb, dir.resolve("input.xlsx"));
  }

  // ---- summaries: types as rows, years as columns ------------------------------------------

  static void summaryWide(Path dir) throws IOException {
    XSSFWorkbook wb = new XSSFWorkbook();
    fill(wb.createSheet("Breaches"), 0, 0, List.of(
        row("Category", "2011-12", "2012-13", "2013-14"),
        row("Loss or theft of paper", 3, 1, 0),
        row("Email to wrong recipient", 4, 6, 2),
        row("Website publication", 0, null, 1)));
    save(wb, dir.resolve("input.xlsx"));
  }

  /** Suppressed cells; the Total row and column state the true figures. */
  static void summaryWideSuppressedTotal(Path dir) throws IOException {
    XSSFWorkbook wb = new XSSFWorkbook();
    Sheet s = wb.createSheet("Breaches");
    fill(s, 0, 0, List.of(
        row("Type", "2011/12", "2012/13", "2013/14", "Total"),
        row("Lost paper", "<5", 6, "<5", 11),
        row("Wrong recipient", 8, 9, 10, 27),
        row("Unauthorised access", "<5", "<5", 5, 8),
        row("Total", 11, 17, 18, 46),
        row(),
        row("<5 denotes a figure between 1 and 4, withheld under section 40(2).")));
    save(wb, dir.resolve("input.xlsx"));
  }

  /** Suppressed cells and no total anywhere: the visible cells are a lower bound. */
  static void summaryWideSuppressed(Path dir) throws IOException {
    csv(dir.resolve("input.csv"), StandardCharsets.UTF_8, false, ',', List.of(
        List.of("Type of breach", "2011/12", "2012/13", "2013/14"),
        List.of("Lost paper", "*", "6", "*"),
        List.of("Wrong recipient", "8", "9", "10")));
  }

  /** The Total row disagrees with its column in 2012/13 (a spreadsheet slip). */
  static void summaryWideMismatch(Path dir) throws IOException {
    XSSFWorkbook wb = new XSSFWorkbook();
    fill(wb.createSheet("Summary"), 0, 0, List.of(
        row("Type of incident", "2011/12", "2012/13", "2013/14", "Total"),
        row("Lost paper", 2, 6, 3, 11),
        row("Wrong recipient", 8, 9, 10, 27),
        row("Total", 10, 18, 13, 41)));
    save(wb, dir.resolve("input.xlsx"));
  }

  /** The same slip in a table with a Total row but no Total column. */
  static void summaryWideMismatchNoTotalColumn(Path dir) throws IOException {
    XSSFWorkbook wb = new XSSFWorkbook();
    fill(wb.createSheet("Summary"), 0, 0, List.of(
        row("Type of incident", "2011/12", "2012/13", "2013/14"),
        row("Lost paper", 2, 6, 3),
        row("Wrong recipient", 8, 9, 10),
        row("Total", 10, 18, 13)));
    save(wb, dir.resolve("input.xlsx"));
  }

  /** A wide table starting at B3 whose top-left header cell is blank. */
  static void summaryWideBlankCorner(Path dir) throws IOException {
    XSSFWorkbook wb = new XSSFWorkbook();
    Sheet s = wb.createSheet("Sheet1");
    fill(s, 0, 0, List.of(row("Data protection breaches by type")));
    fill(s, 2, 1, List.of(
        row(null, "2011/12", "2012/13", "2013/14"),
        row("Lost or stolen paperwork", 1, 2, 3),
        row("Disclosed in error", 4, 5, 6)));
    save(wb, dir.resolve("input.xlsx"));
  }

  // ---- summaries: years as rows, types as columns ------------------------------------------

  static void summaryYearRows(Path dir) throws IOException {
    XSSFWorkbook wb = new XSSFWorkbook();
    fill(wb.createSheet("By year"), 0, 0, List.of(
        row("Year", "Lost or stolen paper", "Sent to wrong recipient", "Unauthorised access", "Total"),
        row("2011/12", 2, 5, 0, 7),
        row("2012/13", 1, 8, 1, 10),
        row("2013/14", 0, 6, 3, 9),
        row("Total", 3, 19, 4, 26)));
    save(wb, dir.resolve("input.xlsx"));
  }

  static void summaryYearRowsSuppressedTotal(Path dir) throws IOException {
    csv(dir.resolve("input.csv"), StandardCharsets.UTF_8, false, ',', List.of(
        List.of("Financial year", "Lost or stolen", "Wrong recipient", "Other", "Total"),
        List.of("2011-12", "<5", "12", "6", "20"),
        List.of("2012-13", "7", "<5", "<5", "13"),
        List.of("2013-14", "5", "9", "8", "22"),
        List.of("Total", "14", "23", "18", "55")));
  }

  static void summaryYearRowsSuppressed(Path dir) throws IOException {
    XSSFWorkbook wb = new XSSFWorkbook();
    fill(wb.createSheet("Sheet1"), 0, 0, List.of(
        row("Year", "Lost or stolen", "Wrong recipient", "Other"),
        row("2011/12", "<5", 12, 6),
        row("2012/13", 7, "<5", "<5"),
        row("2013/14", 5, 9, 8)));
    save(wb, dir.resolve("input.xlsx"));
  }

  /** The 2012/13 row's Total is one more than its cells. */
  static void summaryYearRowsMismatch(Path dir) throws IOException {
    XSSFWorkbook wb = new XSSFWorkbook();
    fill(wb.createSheet("By year"), 0, 0, List.of(
        row("Year", "Lost or stolen", "Wrong recipient", "Total"),
        row("2011/12", 3, 12, 15),
        row("2012/13", 7, 4, 12),
        row("2013/14", 5, 9, 14)));
    save(wb, dir.resolve("input.xlsx"));
  }

  // ---- summaries: long (year, type, count) -------------------------------------------------

  static void summaryLong(Path dir) throws IOException {
    csv(dir.resolve("input.csv"), StandardCharsets.UTF_8, false, ',', List.of(
        List.of("Year", "Type", "Number"),
        List.of("2011/12", "Lost paper", "3"),
        List.of("2011/12", "Wrong recipient", "5"),
        List.of("2012/13", "Wrong recipient", "8"),
        List.of("2013/14", "Lost paper", "0"),
        List.of("2013/14", "Unauthorised access", "2")));
  }

  static void summaryLongSuppressedTotal(Path dir) throws IOException {
    XSSFWorkbook wb = new XSSFWorkbook();
    fill(wb.createSheet("Breaches"), 0, 0, List.of(
        row("Financial year", "Breach type", "No. of breaches"),
        row("2011/12", "Lost paper", "<5"),
        row("2011/12", "Wrong recipient", 9),
        row("2012/13", "Lost paper", 6),
        row("2012/13", "Wrong recipient", 11),
        row("2013/14", "Wrong recipient", "<5"),
        row("Total", null, 33)));
    save(wb, dir.resolve("input.xlsx"));
  }

  static void summaryLongSuppressed(Path dir) throws IOException {
    csv(dir.resolve("input.csv"), StandardCharsets.UTF_8, false, ',', List.of(
        List.of("Year", "Type", "Number"),
        List.of("2011/12", "Lost paper", "<5"),
        List.of("2011/12", "Wrong recipient", "9"),
        List.of("2012/13", "Wrong recipient", "11")));
  }

  static void summaryLongMismatch(Path dir) throws IOException {
    csv(dir.resolve("input.csv"), StandardCharsets.UTF_8, false, ',', List.of(
        List.of("Year", "Type", "Number"),
        List.of("2011/12", "Lost paper", "4"),
        List.of("2012/13", "Wrong recipient", "11"),
        List.of("Total", "", "16")));
  }

  /** A long table with a "Total" line per year in the type column and a grand total. */
  static void summaryLongYearTotals(Path dir) throws IOException {
    XSSFWorkbook wb = new XSSFWorkbook();
    fill(wb.createSheet("Breaches"), 0, 0, List.of(
        row("Year", "Type", "Number"),
        row("2011/12", "Lost paper", 3),
        row("2011/12", "Wrong recipient", 5),
        row("2011/12", "Total", 8),
        row("2012/13", "Wrong recipient", 8),
        row("2012/13", "Unauthorised access", 2),
        row("2012/13", "Total", 10),
        row("Grand total", null, 18)));
    save(wb, dir.resolve("input.xlsx"));
  }

  // ---- summaries: by type for the whole period ---------------------------------------------

  /** A Word letter with a table by type and a Total row. */
  static void summaryByType(Path dir) throws IOException {
    XWPFDocument doc = new XWPFDocument();
    paragraphs(doc, "Fife Council", "Freedom of Information request FOI/2014/0412", "",
        "Between 1 April 2011 and 31 March 2014 the Council recorded the following breaches:");
    table(doc, List.of(
        List.of("Type of breach", "Number"),
        List.of("Information sent to wrong recipient", "14"),
        List.of("Loss or theft of equipment", "3"),
        List.of("Total", "17")));
    paragraphs(doc, "We do not hold a breakdown by year in a form that can be extracted.",
        "Yours faithfully,", "Information Governance Manager");
    save(doc, dir.resolve("input.docx"));
  }

  /** A sheet for one year, by type, with suppressed cells and a stated total. */
  static void summaryByTypeSuppressedTotal(Path dir) throws IOException {
    XSSFWorkbook wb = new XSSFWorkbook();
    fill(wb.createSheet("Breaches 2012-13"), 0, 0, List.of(
        row("Category", "Number of incidents"),
        row("Wrong recipient", 15),
        row("Lost or stolen device", "<5"),
        row("Unauthorised access", "*"),
        row("Total", 21)));
    save(wb, dir.resolve("input.xlsx"));
  }

  static void summaryByTypeSuppressed(Path dir) throws IOException {
    csv(dir.resolve("input.csv"), StandardCharsets.UTF_8, false, ',', List.of(
        List.of("Type of breach", "Number"),
        List.of("Wrong recipient", "15"),
        List.of("Lost or stolen device", "fewer than 5")));
  }

  /** An old .xls by type whose Total is two short of the breakdown. */
  static void summaryByTypeMismatch(Path dir) throws IOException {
    HSSFWorkbook wb = new HSSFWorkbook();
    fill(wb.createSheet("Sheet1"), 0, 0, List.of(
        row("Nature of breach", "Count"),
        row("Wrong recipient", 15),
        row("Lost or stolen device", 4),
        row("Total", 17)));
    save(wb, dir.resolve("input.xls"));
  }

  // ---- year totals -------------------------------------------------------------------------

  static void yearTotals(Path dir) throws IOException {
    XSSFWorkbook wb = new XSSFWorkbook();
    fill(wb.createSheet("Breaches"), 0, 0, List.of(
        row("Financial year", "Number of breaches"),
        row("2011/12", 12),
        row("2012/13", 0),
        row("2013/14", 9),
        row("Total", 21)));
    save(wb, dir.resolve("input.xlsx"));
  }

  static void yearTotalsSuppressedTotal(Path dir) throws IOException {
    csv(dir.resolve("input.csv"), StandardCharsets.UTF_8, false, ',', List.of(
        List.of("Period", "Number of data protection breaches"),
        List.of("April 2011 - March 2012", "<5"),
        List.of("April 2012 - March 2013", "8"),
        List.of("April 2013 - March 2014", "6"),
        List.of("Total", "17")));
  }

  static void yearTotalsSuppressed(Path dir) throws IOException {
    csv(dir.resolve("input.csv"), StandardCharsets.UTF_8, false, ',', List.of(
        List.of("Period", "Number of data protection breaches"),
        List.of("April 2011 - March 2012", "<5"),
        List.of("April 2012 - March 2013", "8"),
        List.of("April 2013 - March 2014", "6")));
  }

  static void yearTotalsMismatch(Path dir) throws IOException {
    XSSFWorkbook wb = new XSSFWorkbook();
    fill(wb.createSheet("Breaches"), 0, 0, List.of(
        row("Year", "Incidents"),
        row("2011/12", 12),
        row("2012/13", 3),
        row("2013/14", 9),
        row("Total", 25)));
    save(wb, dir.resolve("input.xlsx"));
  }

  // ---- dates and numbers -------------------------------------------------------------------

  private static List<List<Object>> datedRows() {
    return List.of(
        row("Date", "Description"),
        row(Dated.day(2012, 6, 5, "dd/mm/yyyy"), "UK display format"),
        row(Dated.day(2012, 6, 5, "m/d/yy"), "US display format"),
        row(Dated.day(2013, 3, 31, "d mmmm yyyy"), "Long display format"),
        row(new Dated(LocalDateTime.of(2011, 4, 1, 14, 30), "dd/mm/yyyy hh:mm"), "Date and time"),
        row(Dated.day(2014, 1, 2, "mmm-yy"), "Month display format"));
  }

  /** Real date cells in the 1900 date system, in UK, US, long and month display formats. */
  static void dates1900(Path dir) throws IOException {
    XSSFWorkbook wb = new XSSFWorkbook();
    fill(wb.createSheet("Log"), 0, 0, datedRows());
    save(wb, dir.resolve("input.xlsx"));
  }

  /** The same dates in a workbook using the 1904 date system (old Mac Excel). */
  static void dates1904(Path dir) throws IOException {
    XSSFWorkbook wb = new XSSFWorkbook();
    CTWorkbookPr pr = wb.getCTWorkbook().isSetWorkbookPr()
        ? wb.getCTWorkbook().getWorkbookPr() : wb.getCTWorkbook().addNewWorkbookPr();
    pr.setDate1904(true);
    fill(wb.createSheet("Log"), 0, 0, datedRows());
    save(wb, dir.resolve("input.xlsx"));
  }

  /** Dates typed as text, the UK way; the reader passes them through untouched. */
  static void datesUkText(Path dir) throws IOException {
    csv(dir.resolve("input.csv"), StandardCharsets.UTF_8, false, ',', List.of(
        List.of("Date of incident", "Description"),
        List.of("05/06/2012", "Day before month"),
        List.of("5 June 2012", "Named month"),
        List.of("June 2012", "Month only"),
        List.of("2012/13", "Financial year only"),
        List.of("Q1 2013/14", "Quarter")));
  }

  /** An old .xls log: date cells and a formula count. */
  static void xlsDatesFormula(Path dir) throws IOException {
    HSSFWorkbook wb = new HSSFWorkbook();
    fill(wb.createSheet("Breaches"), 0, 0, List.of(
        row("Incident date", "Summary", "Outcome", "Number of people affected"),
        row(Dated.day(2011, 11, 30, UK), "Letter with medical details sent to wrong address", "Advice", 1),
        row(Dated.day(2013, 2, 14, UK), "Mailing list emailed in the To field", "Training",
            new Formula("120+35", 155))));
    save(wb, dir.resolve("input.xls"));
  }

  /** A by-type summary whose counts were typed into text cells. */
  static void numbersAsText(Path dir) throws IOException {
    XSSFWorkbook wb = new XSSFWorkbook();
    fill(wb.createSheet("Summary"), 0, 0, List.of(
        row("Type of breach", "Number"),
        row("Email", "12"),
        row("Post", " 7 "),
        row("Fax", "3.0"),
        row("Verbal", "nil"),
        row("Total", "22")));
    save(wb, dir.resolve("input.xlsx"));
  }

  /** A wide summary whose Total column and Total row are formulas with cached values. */
  static void formulaCached(Path dir) throws IOException {
    XSSFWorkbook wb = new XSSFWorkbook();
    fill(wb.createSheet("Summary"), 0, 0, List.of(
        row("Type of breach", "2011/12", "2012/13", "2013/14", "Total"),
        row("Lost paper", 2, new Formula("1+2", 3), 1, new Formula("SUM(B2:D2)", 6)),
        row("Wrong recipient", 4, 5, 6, new Formula("SUM(B3:D3)", 15)),
        row("Total", new Formula("SUM(B2:B3)", 6), new Formula("SUM(C2:C3)", 8),
            new Formula("SUM(D2:D3)", 7), new Formula("SUM(E2:E3)", 21))));
    save(wb, dir.resolve("input.xlsx"));
  }

  // ---- text files --------------------------------------------------------------------------

  static void csvUtf8Bom(Path dir) throws IOException {
    csv(dir.resolve("input.csv"), StandardCharsets.UTF_8, true, ',', List.of(
        List.of("Date", "Description", "Action taken"),
        List.of("03/10/2011", "£250 cheque details sent to wrong payee", "Advice"),
        List.of("17/01/2013", "Résumé of a job applicant emailed to all staff", "Disciplinary")));
  }

  static void csvWindows1252Semicolon(Path dir) throws IOException {
    csv(dir.resolve("input.csv"), Charset.forName("windows-1252"), false, ';', List.of(
        List.of("Date", "Description", "Action taken"),
        List.of("21/06/2011", "Email re: £50 overpayment sent to wrong person", "Advice"),
        List.of("08/11/2012", "Officer’s notebook lost – contained visit notes", "None")));
  }

  static void txtTab(Path dir) throws IOException {
    csv(dir.resolve("input.txt"), StandardCharsets.UTF_8, false, '\t', List.of(
        List.of("Date", "Description", "Action taken", "Reported to ICO"),
        List.of("12/12/2011", "Payroll file, with bank details, sent to wrong manager", "Advice", "No"),
        List.of("30/04/2012", "Tenancy file lost", "Training", "No"),
        List.of("15/10/2013", "Safeguarding report faxed to a shop", "Disciplinary", "Yes")));
  }

  /** Quoted fields with commas and line breaks inside a description. */
  static void csvQuoted(Path dir) throws IOException {
    csv(dir.resolve("input.csv"), StandardCharsets.UTF_8, false, ',', List.of(
        List.of("Date", "Description", "Action taken"),
        List.of("01/08/2011", "Letter, with a copy of a birth certificate, sent to wrong address", "Advice"),
        List.of("09/09/2012", "Email sent to wrong recipient.\nRecalled within the hour;\nrecipient confirmed deletion.", "None"),
        List.of("25/03/2014", "Said \"sorry\", then resent", "Training")));
  }

  /** A description with an unquoted comma: the row has one value more than the header. */
  static void csvUnquotedComma(Path dir) throws IOException {
    Files.writeString(dir.resolve("input.csv"), String.join("\n",
        "Date,Description,Type",
        "14/01/2013,Laptop stolen, from a car,Device",
        "02/02/2013,Letter sent to wrong address,Post",
        ""), StandardCharsets.UTF_8);
  }

  /** A Word letter with a log table: the letter's paragraphs are text, the table is the data. */
  static void docxLetterTable(Path dir) throws IOException {
    XWPFDocument doc = new XWPFDocument();
    paragraphs(doc, "Aberdeen City Council", "Information Governance, Town House, Aberdeen",
        "Your request FOI-0412", "Dear Ms Example,",
        "Please find below the data protection breaches recorded by the Council.");
    table(doc, List.of(
        List.of("Date", "Description", "Action taken", "Reported to ICO"),
        List.of("05/06/2012", "Child protection minutes emailed to wrong school", "Disciplinary", "Yes"),
        List.of("14/11/2013", "Council tax letter sent to previous occupier", "None", "No")));
    paragraphs(doc, "Yours sincerely,", "FOI Officer");
    save(doc, dir.resolve("input.docx"));
  }

  // ---- rows inside a table that are not breaches -------------------------------------------

  /** A log without dates, split by "2011/12"-style heading rows; one heading after a blank row. */
  static void sectionHeadingLog(Path dir) throws IOException {
    XSSFWorkbook wb = new XSSFWorkbook();
    fill(wb.createSheet("Breaches"), 0, 0, List.of(
        row("Description", "Action taken"),
        row("2011/12"),
        row("Letter sent to wrong address", "Advice"),
        row("Laptop stolen", "None"),
        row("2012/13"),
        row("Email to wrong recipient", "Training"),
        row(),
        row("2013/14"),
        row("Records left in a skip", "Disciplinary")));
    save(wb, dir.resolve("input.xlsx"));
  }

  /** A summary by type in blocks, one per financial year, each under a heading row. */
  static void sectionHeadingSummary(Path dir) throws IOException {
    XSSFWorkbook wb = new XSSFWorkbook();
    fill(wb.createSheet("Summary"), 0, 0, List.of(
        row("Type of breach", "Number"),
        row("2011/12"),
        row("Wrong recipient", 4),
        row("Lost paper", 2),
        row("2012/13"),
        row("Wrong recipient", 6),
        row("Lost paper", 1)));
    save(wb, dir.resolve("input.xlsx"));
  }

  /** The header repeated mid-table, as on the second printed page. */
  static void repeatedHeader(Path dir) throws IOException {
    XSSFWorkbook wb = new XSSFWorkbook();
    fill(wb.createSheet("Log"), 0, 0, List.of(
        row("Date", "Description", "Action taken"),
        row(Dated.day(2011, 5, 3, UK), "Report sent to wrong team", "Advice"),
        row(Dated.day(2012, 1, 9, UK), "Door entry codes shared", "None"),
        row("Date", "Description ", "Action taken"),
        row(Dated.day(2013, 7, 22, UK), "Personnel file lost", "Disciplinary")));
    save(wb, dir.resolve("input.xlsx"));
  }

  /** Data rows whose descriptions contain words a header is made of. */
  static void headerWordsInData(Path dir) throws IOException {
    csv(dir.resolve("input.csv"), StandardCharsets.UTF_8, false, ',', List.of(
        List.of("Description", "Date", "Action taken", "Reported to ICO"),
        List.of("Council tax details sent to wrong address", "11/07/2011", "Advice", "No"),
        List.of("Date of birth disclosed to a third party", "14/03/2013", "Training", "No"),
        List.of("Summary of a care assessment posted to the wrong family", "02/10/2013", "Disciplinary", "Yes"),
        List.of("Incident details discussed in public", "19/12/2013", "Advice", "No")));
  }

  /** A title in A1 and the log starting at B3. */
  static void tableAtB3(Path dir) throws IOException {
    XSSFWorkbook wb = new XSSFWorkbook();
    Sheet s = wb.createSheet("Sheet1");
    fill(s, 0, 0, List.of(row("Data protection incidents April 2011 to March 2014")));
    fill(s, 2, 1, List.of(
        row("Date", "Description", "Outcome"),
        row(Dated.day(2011, 8, 16, UK), "Adoption papers posted to wrong address", "Disciplinary"),
        row(Dated.day(2013, 11, 5, UK), "USB stick lost", "Training")));
    save(wb, dir.resolve("input.xlsx"));
  }

  /** A header and, straight under it, a one-cell answer in the date column instead of rows. */
  static void loneCellUnderHeader(Path dir) throws IOException {
    csv(dir.resolve("input.csv"), StandardCharsets.UTF_8, false, ',', List.of(
        List.of("Date", "Description", "Action taken"),
        List.of("None", "", "")));
  }

  // ---- two-row headers: group titles merged over the columns they group --------------------

  /**
   * A title, then "Ref" merged down over two rows and the group titles "Incident", "Data
   * involved" and "Outcome" merged across the columns under them.
   */
  static void twoRowHeaderLog(Path dir) throws IOException {
    XSSFWorkbook wb = new XSSFWorkbook();
    Sheet s = wb.createSheet("Breaches");
    fill(s, 0, 0, List.of(
        row("Sefton Council: data protection incidents, 1 April 2011 to 31 March 2014"),
        row(),
        row("Ref", "Incident", null, "Data involved", null, null, "Outcome"),
        row(null, "Date", "Details", "Children's data?", "Sensitive data?", "No. of people affected",
            "Action taken", "Reported to ICO"),
        row("IG/11/004", Dated.day(2011, 7, 18, UK), "Social worker's notes emailed to the wrong foster carer",
            "Y", "Y", 1, "Disciplinary", "Yes"),
        row("IG/12/017", Dated.day(2012, 10, 2, UK), "Council tax summons posted to previous tenant",
            "N", "N", 1, "Advice", "No"),
        row("IG/13/009", Dated.day(2013, 11, 25, UK), "Spreadsheet of housing applicants published on the website",
            "N", "Y", 212, "Dismissal", "Yes")));
    s.addMergedRegion(new CellRangeAddress(0, 0, 0, 7));
    s.addMergedRegion(new CellRangeAddress(2, 3, 0, 0));
    s.addMergedRegion(new CellRangeAddress(2, 2, 1, 2));
    s.addMergedRegion(new CellRangeAddress(2, 2, 3, 5));
    s.addMergedRegion(new CellRangeAddress(2, 2, 6, 7));
    save(wb, dir.resolve("input.xlsx"));
  }

  /** The same kind of header saved as CSV: the merged titles are a value and empty fields. */
  static void twoRowHeaderCsv(Path dir) throws IOException {
    csv(dir.resolve("input.csv"), StandardCharsets.UTF_8, false, ',', List.of(
        List.of("Incident", "", "Data involved", "", "Outcome", ""),
        List.of("Date", "Details", "Children", "Sensitive", "Action taken", "Reported to ICO"),
        List.of("03/05/2011", "Adoption report sent to birth parent's old address", "Yes", "Yes",
            "Disciplinary", "Yes"),
        List.of("17/02/2013", "USB stick holding payroll data lost", "No", "Yes", "Training", "No")));
  }

  /**
   * A wide summary under a title: "Number of breaches" merged over the three year columns, "Type
   * of breach" and "Total" merged down over both header rows.
   */
  static void twoRowHeaderSummary(Path dir) throws IOException {
    XSSFWorkbook wb = new XSSFWorkbook();
    Sheet s = wb.createSheet("Summary");
    fill(s, 0, 0, List.of(
        row("Data protection breaches reported to the Information Governance Unit"),
        row("Type of breach", "Number of breaches", null, null, "Total"),
        row(null, "2011/12", "2012/13", "2013/14"),
        row("Lost or stolen paperwork", 2, 1, 3, 6),
        row("Sent to wrong recipient", 5, 7, 4, 16),
        row("Total", 7, 8, 7, 22)));
    s.addMergedRegion(new CellRangeAddress(1, 2, 0, 0));
    s.addMergedRegion(new CellRangeAddress(1, 1, 1, 3));
    s.addMergedRegion(new CellRangeAddress(1, 2, 4, 4));
    save(wb, dir.resolve("input.xlsx"));
  }

  /** A Word letter whose table has group titles merged across two columns each (gridSpan). */
  static void twoRowHeaderDocx(Path dir) throws IOException {
    XWPFDocument doc = new XWPFDocument();
    paragraphs(doc, "Gwynedd Council", "Dear Requester,",
        "The breaches recorded between 1 April 2011 and 31 March 2014 are set out below.");
    spannedTable(doc, List.of(
        List.of(new Span("Incident", 2), new Span("Data involved", 2), new Span("Outcome", 2)),
        List.of("Date", "What happened", "Children's data", "Sensitive data", "Action taken",
            "Reported to ICO"),
        List.of("14/09/2011", "School admission forms left on a bus", "Yes", "No", "Training", "No"),
        List.of("22/01/2014", "Occupational health report emailed to the wrong manager", "No", "Yes",
            "Disciplinary", "Yes")));
    paragraphs(doc, "Yours sincerely,", "Information Officer");
    save(doc, dir.resolve("input.docx"));
  }

  // ---- sheets that are not data ------------------------------------------------------------

  /**
   * A log whose Category, Outcome and ICO columns take their values from drop-down lists kept on
   * a hidden "Lists" sheet (Excel's data validation).
   */
  static void hiddenListsSheet(Path dir) throws IOException {
    XSSFWorkbook wb = new XSSFWorkbook();
    Sheet log = wb.createSheet("Log");
    fill(log, 0, 0, List.of(
        row("Date", "Category", "Description", "Outcome", "Reported to ICO"),
        row(Dated.day(2011, 9, 6, UK), "Sent to wrong recipient", "Benefit letter sent to a neighbour",
            "Advice", "No"),
        row(Dated.day(2012, 3, 14, UK), "Lost or stolen device", "Unencrypted laptop stolen from a car",
            "Disciplinary", "Yes"),
        row(Dated.day(2013, 5, 29, UK), "Sent to wrong recipient", "Email with a child's care plan sent to the wrong school",
            "Training", "No")));
    fill(wb.createSheet("Lists"), 0, 0, lookupLists());
    wb.setSheetHidden(1, true);
    DataValidationHelper help = log.getDataValidationHelper();
    String[] lists = {"Lists!$A$2:$A$9", "Lists!$B$2:$B$7", "Lists!$C$2:$C$3"};
    int[] columns = {1, 3, 4};
    for (int i = 0; i < lists.length; i++) {
      log.addValidationData(help.createValidation(help.createFormulaListConstraint(lists[i]),
          new CellRangeAddressList(1, 500, columns[i], columns[i])));
    }
    save(wb, dir.resolve("input.xlsx"));
  }

  /** The choices behind a log's drop-down cells: each column a list of a different length. */
  private static List<List<Object>> lookupLists() {
    return List.of(
        row("Category", "Outcome", "Reported to ICO"),
        row("Lost or stolen device", "No further action", "Yes"),
        row("Lost or stolen paper", "Advice", "No"),
        row("Sent to wrong recipient", "Training"),
        row("Unauthorised access", "Disciplinary"),
        row("Unauthorised disclosure", "Dismissal"),
        row("Insecure disposal", "Prosecution"),
        row("Cyber incident"),
        row("Other"));
  }

  /** An old .xls: a log, a very hidden working copy of it and a hidden list of outcomes. */
  static void veryHiddenSheetXls(Path dir) throws IOException {
    HSSFWorkbook wb = new HSSFWorkbook();
    List<List<Object>> rows = List.of(
        row("Date", "Description", "Action taken"),
        row(Dated.day(2011, 12, 1, UK), "Payslips for two staff posted in one envelope", "Advice"),
        row(Dated.day(2013, 8, 8, UK), "Case notes read by an officer with no need to", "Dismissal"));
    fill(wb.createSheet("Breaches"), 0, 0, rows);
    fill(wb.createSheet("Working"), 0, 0, rows);
    fill(wb.createSheet("Outcomes"), 0, 0, List.of(
        row("Action taken", "Reported to ICO"),
        row("None", "Yes"),
        row("Advice", "No"),
        row("Disciplinary"),
        row("Dismissal")));
    wb.setSheetVisibility(1, SheetVisibility.VERY_HIDDEN);
    wb.setSheetHidden(2, true);
    save(wb, dir.resolve("input.xls"));
  }

  /** The drop-down lists left visible on a sheet named "Dropdowns". */
  static void lookupSheetNamed(Path dir) throws IOException {
    XSSFWorkbook wb = new XSSFWorkbook();
    fill(wb.createSheet("Incidents"), 0, 0, List.of(
        row("Date", "Category", "Description", "Outcome"),
        row(Dated.day(2012, 7, 2, UK), "Unauthorised access", "Officer looked up a neighbour's council tax account",
            "Disciplinary"),
        row(Dated.day(2013, 2, 19, UK), "Lost or stolen paper", "Planning file lost in transit", "None")));
    fill(wb.createSheet("Dropdowns"), 0, 0, lookupLists());
    save(wb, dir.resolve("input.xlsx"));
  }

  /** The drop-down lists on a sheet left as "Sheet2": told by their shape, not their name. */
  static void lookupSheetUnnamed(Path dir) throws IOException {
    XSSFWorkbook wb = new XSSFWorkbook();
    fill(wb.createSheet("Sheet1"), 0, 0, List.of(
        row("Date", "Type of breach", "Description", "Action taken", "Reported to ICO"),
        row(Dated.day(2011, 4, 20, UK), "Sent to wrong recipient", "Fostering assessment emailed to the wrong carer",
            "Disciplinary", "Yes"),
        row(Dated.day(2012, 12, 11, UK), "Insecure disposal", "Tenancy files found in a public bin",
            "Training", "No")));
    fill(wb.createSheet("Sheet2"), 0, 0, List.of(
        row("Type of breach", "Action taken", "Reported to ICO"),
        row("Sent to wrong recipient", "None", "Yes"),
        row("Lost or stolen paper", "Advice", "No"),
        row("Lost or stolen device", "Training"),
        row("Insecure disposal", "Disciplinary"),
        row("Unauthorised access", "Dismissal"),
        row("Cyber incident", "Prosecution"),
        row("Other")));
    save(wb, dir.resolve("input.xlsx"));
  }

  /** A real short log with no dates and nothing repeated: still a log, never a lookup list. */
  static void logShortDistinctKept(Path dir) throws IOException {
    csv(dir.resolve("input.csv"), StandardCharsets.UTF_8, false, ',', List.of(
        List.of("Type of breach", "Action taken", "Reported to ICO"),
        List.of("Letter sent to wrong address", "Advice", "No"),
        List.of("Laptop stolen from a car", "Disciplinary", "Yes"),
        List.of("Records left in a skip", "Training", "")));
  }

  /** A log, then a "Chart data" sheet of its year totals that a chart on the log is drawn from. */
  static void chartDataSheet(Path dir) throws IOException {
    XSSFWorkbook wb = new XSSFWorkbook();
    fill(wb.createSheet("Breach log"), 0, 0, List.of(
        row("Date", "Description", "Action taken"),
        row(Dated.day(2011, 10, 4, UK), "Housing benefit file sent to the wrong landlord", "Advice"),
        row(Dated.day(2012, 6, 27, UK), "Laptop left on a train", "Disciplinary"),
        row(Dated.day(2013, 1, 15, UK), "Minutes naming a complainant published online", "Training")));
    fill(wb.createSheet("Chart data"), 0, 0, List.of(
        row("Financial year", "Number of breaches"),
        row("2011/12", 1),
        row("2012/13", 2),
        row("2013/14", 0)));
    save(wb, dir.resolve("input.xlsx"));
  }

  // ---- suppressed cells and the total that recovers them -----------------------------------

  /**
   * Every cell "&lt;5", and under the table a sentence stating the period's total, the figure
   * under the first year column.
   */
  static void suppressedTotalSentenceBelow(Path dir) throws IOException {
    XSSFWorkbook wb = new XSSFWorkbook();
    fill(wb.createSheet("Breaches"), 0, 0, List.of(
        row("Type of breach", "2011/12", "2012/13", "2013/14"),
        row("Lost or stolen paperwork", "<5", "<5", "<5"),
        row("Sent to wrong recipient", "<5", "<5", "<5"),
        row("Unauthorised disclosure", "<5", "<5", "<5"),
        row(),
        row("Total number of breaches 1 April 2011 - 31 March 2014:", 16),
        row("Figures below 5 are withheld under section 40(2) to protect the individuals concerned.")));
    save(wb, dir.resolve("input.xlsx"));
  }

  /** Year totals, each "&lt;5", and the period's total in the same cell as its words. */
  static void suppressedTotalSentenceSameCell(Path dir) throws IOException {
    csv(dir.resolve("input.csv"), StandardCharsets.UTF_8, false, ',', List.of(
        List.of("Financial year", "Number of breaches"),
        List.of("FY 2011-12", "<5"),
        List.of("FY 2012-13", "<5"),
        List.of("FY 2013-14", "<5"),
        List.of("Total number of breaches 1 April 2011 - 31 March 2014: 7", "")));
  }

  /** Every cell "&lt;5" and a Total row whose one figure is merged across the year columns. */
  static void suppressedTotalMergedRow(Path dir) throws IOException {
    XSSFWorkbook wb = new XSSFWorkbook();
    Sheet s = wb.createSheet("Breaches");
    fill(s, 0, 0, List.of(
        row("Category", "2011-12", "2012-13", "2013-14"),
        row("Loss or theft of paper", "<5", "<5", "<5"),
        row("Disclosed in error", "<5", "<5", "<5"),
        row("Total", 12)));
    s.addMergedRegion(new CellRangeAddress(3, 3, 1, 3));
    save(wb, dir.resolve("input.xlsx"));
  }

  /** Suppressed cells, a Total column stating each row's true figure, no Total row. */
  static void suppressedTotalColumn(Path dir) throws IOException {
    XSSFWorkbook wb = new XSSFWorkbook();
    fill(wb.createSheet("Breaches"), 0, 0, List.of(
        row("Type of breach", "2011/12", "2012/13", "2013/14", "Total"),
        row("Lost paper", "<5", "<5", 6, 9),
        row("Wrong recipient", "<5", 5, "<5", 11)));
    save(wb, dir.resolve("input.xlsx"));
  }

  /** A Word letter stating the period's total in a sentence above a table of "&lt;5" cells. */
  static void suppressedTotalInLetter(Path dir) throws IOException {
    XWPFDocument doc = new XWPFDocument();
    paragraphs(doc, "Moray Council", "Dear Requester,",
        "The Council recorded a total of 14 data protection breaches between 1 April 2011 and 31 March 2014.",
        "To protect the individuals concerned, numbers below five are not given.");
    table(doc, List.of(
        List.of("Type of breach", "Number"),
        List.of("Sent to wrong recipient", "8"),
        List.of("Lost or stolen paperwork", "<5"),
        List.of("Lost or stolen device", "<5")));
    paragraphs(doc, "Yours sincerely,", "Information Governance Officer");
    save(doc, dir.resolve("input.docx"));
  }

  // ---- year labels with a prefix or a suffix -----------------------------------------------

  /** A Word letter's table whose year columns carry their dates; its count heading is its own. */
  static void fyYearColumnsDocx(Path dir) throws IOException {
    XWPFDocument doc = new XWPFDocument();
    paragraphs(doc, "Ceredigion County Council", "Dear Requester,",
        "The number of data protection breaches recorded in each financial year is:");
    table(doc, List.of(
        List.of("", "FY 2011-12 (1 April 2011 - 31 March 2012)", "FY 2012-13 (1 April 2012 - 31 March 2013)",
            "FY 2013-14 (1 April 2013 - 31 March 2014)"),
        List.of("Data protection breaches", "4", "6", "3")));
    paragraphs(doc, "Yours sincerely,", "FOI Coordinator");
    save(doc, dir.resolve("input.docx"));
  }

  /** A Word letter's table with years named by their end and a count headed "Data breaches". */
  static void fyYearRowsDocx(Path dir) throws IOException {
    XWPFDocument doc = new XWPFDocument();
    paragraphs(doc, "Angus Council", "Dear Requester,", "Please see the table below.");
    table(doc, List.of(
        List.of("Year", "Data breaches"),
        List.of("Year ending 31 March 2012", "5"),
        List.of("Year ending 31 March 2013", "2"),
        List.of("Year ending 31 March 2014", "7"),
        List.of("Total", "14")));
    paragraphs(doc, "Yours sincerely,", "Data Protection Officer");
    save(doc, dir.resolve("input.docx"));
  }

  /** Years written three ways in one column, and a count headed "Breaches recorded". */
  static void fyYearLabelsCsv(Path dir) throws IOException {
    csv(dir.resolve("input.csv"), StandardCharsets.UTF_8, false, ',', List.of(
        List.of("Period", "Breaches recorded"),
        List.of("2011/12 (Apr-Mar)", "3"),
        List.of("2012-2013", "5"),
        List.of("01/04/2013 - 31/03/2014", "2")));
  }

  /** A Word letter's table whose year column has no heading: "| Number of breaches". */
  static void fyUnheadedYearsDocx(Path dir) throws IOException {
    XWPFDocument doc = new XWPFDocument();
    paragraphs(doc, "Orkney Islands Council", "Dear Requester,",
        "The number of data protection breaches recorded in each financial year is shown below.");
    table(doc, List.of(
        List.of("", "Number of breaches"),
        List.of("FY 2011-12", "4"),
        List.of("FY 2012-13", "6"),
        List.of("FY 2013-14", "3"),
        List.of("Total", "13")));
    paragraphs(doc, "Yours sincerely,", "Records Manager");
    save(doc, dir.resolve("input.docx"));
  }

  /** Years as rows under a blank corner, types of breach as columns. */
  static void fyUnheadedYearRowsCsv(Path dir) throws IOException {
    csv(dir.resolve("input.csv"), StandardCharsets.UTF_8, false, ',', List.of(
        List.of("", "Lost or stolen", "Wrong recipient", "Other"),
        List.of("FY2011/12", "1", "4", "0"),
        List.of("FY2012/13", "2", "3", "1"),
        List.of("FY2013/14", "0", "5", "2")));
  }

  // ---- writing -----------------------------------------------------------------------------

  private static List<Object> row(Object... cells) {
    return Arrays.asList(cells);
  }

  /**
   * Writes rows from 0-based ({@code firstRow}, {@code firstCol}). Values: String, Number,
   * {@link Dated}, {@link Formula}; null leaves the cell out.
   */
  private static void fill(Sheet sheet, int firstRow, int firstCol, List<List<Object>> rows) {
    for (int r = 0; r < rows.size(); r++) {
      Row row = sheet.getRow(firstRow + r) != null ? sheet.getRow(firstRow + r) : sheet.createRow(firstRow + r);
      List<Object> values = rows.get(r);
      for (int c = 0; c < values.size(); c++) {
        if (values.get(c) != null) {
          set(row.createCell(firstCol + c), values.get(c));
        }
      }
    }
  }

  private static void set(Cell cell, Object value) {
    Workbook wb = cell.getSheet().getWorkbook();
    if (value instanceof String s) {
      cell.setCellValue(s);
    } else if (value instanceof Number n) {
      cell.setCellValue(n.doubleValue());
    } else if (value instanceof Dated d) {
      CellStyle style = wb.createCellStyle();
      style.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat(d.format()));
      cell.setCellValue(d.when());
      cell.setCellStyle(style);
    } else if (value instanceof Formula f) {
      cell.setCellFormula(f.formula());
      cell.setCellValue(f.cached());
    } else {
      throw new IllegalArgumentException("cannot write a " + value.getClass().getSimpleName()
          + " (" + value + ") to a cell: expected String, Number, Dated or Formula");
    }
  }

  private static void paragraphs(XWPFDocument doc, String... lines) {
    for (String line : lines) {
      doc.createParagraph().createRun().setText(line);
    }
  }

  private static void table(XWPFDocument doc, List<List<String>> rows) {
    XWPFTable table = doc.createTable(rows.size(), rows.get(0).size());
    for (int r = 0; r < rows.size(); r++) {
      for (int c = 0; c < rows.get(r).size(); c++) {
        table.getRow(r).getCell(c).getParagraphs().get(0).createRun().setText(rows.get(r).get(c));
      }
    }
  }

  /**
   * A Word table whose cells may span grid columns ({@link Span}, Word's gridSpan): a merged cell
   * is one cell in Word's XML, where a workbook keeps a value and empty cells.
   */
  private static void spannedTable(XWPFDocument doc, List<List<Object>> rows) {
    int width = rows.get(0).stream().mapToInt(v -> v instanceof Span sp ? sp.columns() : 1).sum();
    XWPFTable table = doc.createTable(rows.size(), width);
    for (int r = 0; r < rows.size(); r++) {
      XWPFTableRow row = table.getRow(r);
      int c = 0;
      for (Object value : rows.get(r)) {
        XWPFTableCell cell = row.getCell(c);
        if (value instanceof Span span) {
          cell.getParagraphs().get(0).createRun().setText(span.text());
          (cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr())
              .addNewGridSpan().setVal(BigInteger.valueOf(span.columns()));
          for (int k = 1; k < span.columns(); k++) {
            row.removeCell(c + 1);
          }
        } else {
          cell.getParagraphs().get(0).createRun().setText((String) value);
        }
        c++;
      }
    }
  }

  /** Delimited text with CRLF line ends, quoting only where needed. */
  private static void csv(Path file, Charset charset, boolean bom, char delimiter, List<List<String>> rows)
      throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    if (bom) {
      bytes.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
    }
    CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(delimiter).get();
    try (Writer out = new OutputStreamWriter(bytes, charset);
        CSVPrinter printer = new CSVPrinter(out, format)) {
      for (List<String> row : rows) {
        printer.printRecord(row);
      }
    }
    Files.write(file, bytes.toByteArray());
  }

  private static void save(Workbook wb, Path file) throws IOException {
    FILES.save(wb, file);
  }

  private static void save(XWPFDocument doc, Path file) throws IOException {
    FILES.save(doc, file);
  }
}
