package uk.breachreport.sample;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.apache.commons.csv.CSVFormat;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbookType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTWorkbook;

/** Incident logs (one row per breach) in the layouts councils really send. */
final class Logs {

  static final DateTimeFormatter UK_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.UK);
  private static final DateTimeFormatter DAY_MON_YEAR = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);
  private static final DateTimeFormatter MONTH_YEAR = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);
  private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

  private Logs() {}

  private static List<Object> row(Object... values) {
    return new ArrayList<>(java.util.Arrays.asList(values));
  }

  private static String yn(boolean value) {
    return value ? "Y" : "N";
  }

  private static String yesNo(boolean value) {
    return value ? "Yes" : "No";
  }

  /** 1. Header in row 1, real date cells. */
  static Written headerRow1(Path file, Council council, List<Breach> breaches, Random random) throws IOException {
    Workbook wb = new XSSFWorkbook();
    Sheet sheet = wb.createSheet("Breaches");
    List<List<Object>> rows = new ArrayList<>();
    rows.add(row("Date", "Description", "Type of breach", "Children's data (Y/N)", "Action taken", "Reported to ICO"));
    for (Breach b : breaches) {
      rows.add(row(b.date(), b.description(), b.type(), yn(b.children()), b.action(), yesNo(b.reportedToIco())));
    }
    Office.fill(sheet, 0, 0, rows, "dd/mm/yyyy");
    Office.bold(sheet, 0);
    Office.widths(sheet, 12, 60, 30, 20, 32, 16);
    Office.save(wb, file);
    return Written.log(breaches);
  }

  /**
   * 2. Letterhead, merged title and blank rows above the header (row 7), notes under the table, a
   * hidden case-reference column and one formula cell in the count column.
   */
  static Written letterhead(Path file, Council council, List<Breach> breaches, Random random) throws IOException {
    Workbook wb = new XSSFWorkbook();
    Sheet sheet = wb.createSheet("FOI 0412");
    List<List<Object>> rows = new ArrayList<>();
    rows.add(row(council.name()));
    rows.add(row("Information Governance, Civic Offices, PO Box 1000"));
    rows.add(row("Freedom of Information request ref: FOI/2014/0412"));
    rows.add(row());
    rows.add(row("Data protection breaches 1 April 2011 - 31 March 2014"));
    rows.add(row());
    rows.add(row("Case ref", "Incident date", "Summary of breach", "Category", "Outcome", "ICO notified", "Count"));
    int headerRow = 6;
    for (int i = 0; i < breaches.size(); i++) {
      Breach b = breaches.get(i);
      Object count = i == breaches.size() / 2 ? new Office.Formula("1", 1) : (Object) 1;
      rows.add(row(String.format("IG-%04d", 1000 + 7 * i), b.date(), b.description(), b.type(), b.action(),
          yn(b.reportedToIco()), count));
    }
    rows.add(row());
    rows.add(row("Note: figures exclude complaints that were investigated and found not to be breaches."));
    rows.add(row("Note: the Council's financial year runs from 1 April to 31 March."));
    Office.fill(sheet, 0, 0, rows, "dd-mmm-yy");
    sheet.addMergedRegion(new CellRangeAddress(4, 4, 0, 6));
    Office.bold(sheet, headerRow);
    Office.widths(sheet, 10, 14, 60, 28, 30, 12, 8);
    sheet.setColumnHidden(0, true);
    Office.save(wb, file);
    return Written.log(breaches);
  }

  /** 3. One sheet per financial year, then a "Notes" sheet with text only. */
  static Written sheetPerYear(Path file, Council council, List<Breach> breaches, Random random) throws IOException {
    Workbook wb = new XSSFWorkbook();
    for (int year : Breaches.financialYears()) {
      Sheet sheet = wb.createSheet(Breaches.financialYear(year, "-"));
      List<List<Object>> rows = new ArrayList<>();
      rows.add(row("Date reported", "Description", "Type", "Children involved", "Disciplinary action"));
      breaches.stream()
          .filter(b -> Breaches.financialYearStart(b.date()) == year)
          .forEach(b -> rows.add(row(b.date(), b.description(), b.type(), yesNo(b.children()), b.action())));
      Office.fill(sheet, 0, 0, rows, "dd/mm/yyyy");
      Office.bold(sheet, 0);
      Office.widths(sheet, 14, 60, 30, 18, 30);
    }
    Sheet notes = wb.createSheet("Notes");
    Office.fill(notes, 0, 0, List.of(
        row("Notes"),
        row("Each sheet lists the incidents reported to the Information Governance team in that financial year."),
        row("Incidents are recorded on the date they were reported, not the date they happened."),
        row("Disciplinary outcomes are those recorded by HR at the date of this response.")), "dd/mm/yyyy");
    Office.save(wb, file);
    return Written.log(breaches);
  }

  /** 4. The old binary format (BIFF8, HSSF) with real date cells. */
  static Written xls(Path file, Council council, List<Breach> breaches, Random random) throws IOException {
    Workbook wb = new HSSFWorkbook();
    Sheet sheet = wb.createSheet("Sheet1");
    List<List<Object>> rows = new ArrayList<>();
    rows.add(row("Incident date", "Description", "Category", "Were children's data involved?", "Action taken", "Reported to ICO"));
    for (Breach b : breaches) {
      rows.add(row(b.date(), b.description(), b.type(), yesNo(b.children()), b.action(), yn(b.reportedToIco())));
    }
    Office.fill(sheet, 0, 0, rows, "d-mmm-yyyy");
    Office.widths(sheet, 14, 60, 30, 18, 30, 14);
    Office.save(wb, file);
    return Written.log(breaches);
  }

  /** 5. Saved in the 1904 date system (old Mac Excel), real date cells. */
  static Written date1904(Path file, Council council, List<Breach> breaches, Random random) throws IOException {
    XSSFWorkbook wb = new XSSFWorkbook();
    CTWorkbook ct = wb.getCTWorkbook();
    (ct.isSetWorkbookPr() ? ct.getWorkbookPr() : ct.addNewWorkbookPr()).setDate1904(true);
    Sheet sheet = wb.createSheet("Incidents");
    List<List<Object>> rows = new ArrayList<>();
    rows.add(row("Incident date", "Category", "Summary of breach", "Outcome", "No. of data subjects"));
    for (Breach b : breaches) {
      rows.add(row(b.date(), b.type(), b.description(), b.action(), b.peopleAffected()));
    }
    Office.fill(sheet, 0, 0, rows, "dd/mm/yyyy");
    Office.bold(sheet, 0);
    Office.widths(sheet, 14, 30, 60, 30, 12);
    Office.save(wb, file);
    return Written.log(breaches);
  }

  /** 6. UTF-8 with BOM, commas and line breaks inside quoted fields, dates as text 05/06/2012. */
  static Written csvBom(Path file, Council council, List<Breach> breaches, Random random) throws IOException {
    List<List<String>> rows = new ArrayList<>();
    rows.add(List.of("Date", "Description", "Type of breach", "Children's data", "Action taken", "Reported to ICO"));
    for (int i = 0; i < breaches.size(); i++) {
      Breach b = breaches.get(i);
      String description = switch (i % 4) {
        case 0 -> b.description() + ", identified by the recipient";
        case 1 -> b.description() + "\nRecipient asked to delete; confirmed in writing";
        default -> b.description();
      };
      rows.add(List.of(b.date().format(UK_DATE), description, b.type(), yn(b.children()), b.action(), yesNo(b.reportedToIco())));
    }
    Office.delimited(file, StandardCharsets.UTF_8, true, CSVFormat.DEFAULT, rows);
    return Written.log(breaches);
  }

  /**
   * 7. Windows-1252, semicolons, £ é ’ in the text, dates as text in mixed precision: 5 Jun 2012,
   * June 2012, Q2 2012/13, 2012/13.
   */
  static Written csv1252(Path file, Council council, List<Breach> breaches, Random random) throws IOException {
    List<String> flourishes = List.of(
        " (officer’s error)", " – included a £250 refund cheque", " – reported by a café owner", "",
        " – client’s résumé included", "");
    List<List<String>> rows = new ArrayList<>();
    rows.add(List.of("Date", "Summary of breach", "Category", "Outcome", "ICO notified"));
    for (int i = 0; i < breaches.size(); i++) {
      Breach b = breaches.get(i);
      LocalDate d = b.date();
      String date = switch (i % 4) {
        case 0 -> d.format(DAY_MON_YEAR);
        case 1 -> d.format(MONTH_YEAR);
        case 2 -> "Q" + Breaches.financialQuarter(d) + " " + Breaches.financialYear(d, "/");
        default -> Breaches.financialYear(d, "/");
      };
      rows.add(List.of(date, b.description() + flourishes.get(i % flourishes.size()), b.type(), b.action(),
          b.reportedToIco() ? "Yes" : "No"));
    }
    CSVFormat semicolons = CSVFormat.DEFAULT.builder().setDelimiter(';').get();
    Office.delimited(file, Charset.forName("windows-1252"), false, semicolons, rows);
    return Written.log(breaches);
  }

  /** 8. A Word letter with the log as a table. */
  static Written wordLetter(Path file, Council council, List<Breach> breaches, Random random) throws IOException {
    XWPFDocument doc = new XWPFDocument();
    Office.paragraphs(doc, council.name(), "Information Management", "Council Offices", "",
        "Our ref: FOI/2014/0412", "Date: 1 May 2014", "", "Dear Requester,",
        "Thank you for your request for information about data protection breaches, received on 3 April 2014.",
        "The Council recorded the following incidents between 1 April 2011 and 31 March 2014:");
    List<List<String>> rows = new ArrayList<>();
    rows.add(List.of("Date", "Description", "Category", "Action taken"));
    for (Breach b : breaches) {
      rows.add(List.of(b.date().format(LONG_DATE), b.description(), b.type(), b.action()));
    }
    Office.table(doc, rows);
    Office.paragraphs(doc, "",
        "If you are dissatisfied with the handling of your request, you may ask for an internal review.",
        "Yours sincerely,", "", "Information Governance Officer");
    Office.save(doc, file);
    return Written.log(breaches);
  }

  /** 9. A totals row at the bottom that must not be counted; counts stored as text. */
  static Written totalsRow(Path file, Council council, List<Breach> breaches, Random random) throws IOException {
    Workbook wb = new XSSFWorkbook();
    Sheet sheet = wb.createSheet("Data breaches");
    List<List<Object>> rows = new ArrayList<>();
    rows.add(row("Date of incident", "Description", "Type", "Number of incidents", "Outcome"));
    for (Breach b : breaches) {
      rows.add(row(b.date(), b.description(), b.type(), "1", b.action()));
    }
    rows.add(row("Total", null, null, breaches.size()));
    Office.fill(sheet, 0, 0, rows, "dd/mm/yyyy");
    Office.bold(sheet, 0);
    Office.bold(sheet, rows.size() - 1);
    Office.widths(sheet, 16, 60, 30, 12, 30);
    Office.save(wb, file);
    return Written.log(breaches);
  }

  /** 10. Tab-separated text. */
  static Written tabText(Path file, Council council, List<Breach> breaches, Random random) throws IOException {
    List<String> lines = new ArrayList<>();
    lines.add(String.join("\t", "Incident date", "Description", "Type", "Children", "Outcome"));
    for (Breach b : breaches) {
      lines.add(String.join("\t", b.date().format(UK_DATE), b.description(), b.type(), yn(b.children()), b.action()));
    }
    Office.text(file, lines.toArray(String[]::new));
    return Written.log(breaches);
  }

  /**
   * 24. Yes/No columns in every spelling (Y, yes, x, TRUE as text and as a real boolean, 1, N, no,
   * blank), people affected, and outcome wording from NFA to prosecution.
   */
  static Written yesNoSpellings(Path file, Council council, List<Breach> breaches, Random random) throws IOException {
    List<Object> yes = List.of("Y", "yes", "x", "TRUE", "1", Boolean.TRUE);
    List<Object> no = List.of("N", "no", "", "0", Boolean.FALSE, "No");
    List<String> outcomes = List.of("NFA", "words of advice", "refresher training", "written warning",
        "final written warning", "resigned", "left during the investigation", "dismissed",
        "gross misconduct - dismissed", "prosecuted under s.55");
    Workbook wb = new XSSFWorkbook();
    Sheet sheet = wb.createSheet("Log");
    List<List<Object>> rows = new ArrayList<>();
    rows.add(row("Date of incident", "Summary of breach", "Category", "Involves children", "No. of data subjects",
        "Outcome", "reported to ICO?"));
    for (int i = 0; i < breaches.size(); i++) {
      Breach b = breaches.get(i);
      Object children = b.children() ? yes.get(i % yes.size()) : no.get(i % no.size());
      Object ico = b.reportedToIco() ? yes.get((i + 3) % yes.size()) : no.get((i + 3) % no.size());
      rows.add(row(b.date(), b.description(), b.type(), blankAsNull(children), b.peopleAffected(),
          outcomes.get(i % outcomes.size()), blankAsNull(ico)));
    }
    Office.fill(sheet, 0, 0, rows, "dd/mm/yyyy");
    Office.bold(sheet, 0);
    Office.widths(sheet, 14, 60, 30, 12, 12, 30, 12);
    Office.save(wb, file);
    return Written.log(breaches);
  }

  private static Object blankAsNull(Object value) {
    return "".equals(value) ? null : value;
  }

  /** Per-year sub-total rows and a grand total in a count column, none of which may be counted. */
  static Written subtotals(Path file, Council council, List<Breach> breaches, Random random) throws IOException {
    Workbook wb = new XSSFWorkbook();
    Sheet sheet = wb.createSheet("Incidents");
    List<List<Object>> rows = new ArrayList<>();
    rows.add(row("Incident date", "Description", "Category", "Action", "Number"));
    for (int year : Breaches.financialYears()) {
      List<Breach> inYear = breaches.stream().filter(b -> Breaches.financialYearStart(b.date()) == year).toList();
      inYear.forEach(b -> rows.add(row(b.date(), b.description(), b.type(), b.action(), 1)));
      rows.add(row("Sub-total " + Breaches.financialYear(year, "/"), null, null, null, inYear.size()));
    }
    rows.add(row("Total", null, null, null, breaches.size()));
    Office.fill(sheet, 0, 0, rows, "dd/mm/yyyy");
    Office.bold(sheet, 0);
    Office.widths(sheet, 18, 60, 30, 30, 10);
    Office.save(wb, file);
    return Written.log(breaches);
  }

  /** A macro-enabled workbook (.xlsm) holding a plain log. */
  static Written xlsm(Path file, Council council, List<Breach> breaches, Random random) throws IOException {
    Workbook wb = new XSSFWorkbook(XSSFWorkbookType.XLSM);
    Sheet sheet = wb.createSheet("Breach register");
    List<List<Object>> rows = new ArrayList<>();
    rows.add(row("Incident date", "Description", "Type of breach", "Outcome", "ICO notified"));
    for (Breach b : breaches) {
      rows.add(row(b.date(), b.description(), b.type(), b.action(), yesNo(b.reportedToIco())));
    }
    Office.fill(sheet, 0, 0, rows, "dd/mm/yyyy");
    Office.widths(sheet, 14, 60, 30, 30, 12);
    Office.save(wb, file);
    return Written.log(breaches);
  }

  /** Plain comma CSV with ISO dates, no BOM. */
  static Written csvIso(Path file, Council council, List<Breach> breaches, Random random) throws IOException {
    List<List<String>> rows = new ArrayList<>();
    rows.add(List.of("Incident Date", "Category", "Summary of breach", "Disciplinary action", "No. of data subjects"));
    for (Breach b : breaches) {
      rows.add(List.of(b.date().toString(), b.type(), b.description(), b.action(), Integer.toString(b.peopleAffected())));
    }
    Office.delimited(file, StandardCharsets.UTF_8, false, CSVFormat.DEFAULT, rows);
    return Written.log(breaches);
  }

  /** A Word document that is only the table, no letter. */
  static Written wordTable(Path file, Council council, List<Breach> breaches, Random random) throws IOException {
    XWPFDocument doc = new XWPFDocument();
    List<List<String>> rows = new ArrayList<>();
    rows.add(List.of("Date", "Details", "Breach type", "Children's data", "Outcome"));
    for (Breach b : breaches) {
      rows.add(List.of(b.date().format(UK_DATE), b.description(), b.type(), yesNo(b.children()), b.action()));
    }
    Office.table(doc, rows);
    Office.save(doc, file);
    return Written.log(breaches);
  }

  /** Month-precision dates as text ("June 2012"). */
  static Written monthText(Path file, Council council, List<Breach> breaches, Random random) throws IOException {
    Workbook wb = new XSSFWorkbook();
    Sheet sheet = wb.createSheet("Breaches");
    List<List<Object>> rows = new ArrayList<>();
    rows.add(row("Month", "Description", "Type", "Action taken"));
    for (Breach b : breaches) {
      rows.add(row(b.date().format(MONTH_YEAR), b.description(), b.type(), b.action()));
    }
    Office.fill(sheet, 0, 0, rows, "dd/mm/yyyy");
    Office.widths(sheet, 14, 60, 30, 30);
    Office.save(wb, file);
    return Written.log(breaches);
  }

  /** A cover-letter sheet first, the log on the second sheet. */
  static Written coverSheet(Path file, Council council, List<Breach> breaches, Random random) throws IOException {
    Workbook wb = new XSSFWorkbook();
    Sheet cover = wb.createSheet("Cover");
    Office.fill(cover, 0, 0, List.of(
        row(council.name()),
        row("Response to Freedom of Information request FOI/2014/0412"),
        row(),
        row("Please see the sheet 'Data' for the incidents recorded from 1 April 2011 to 31 March 2014."),
        row("Some descriptions have been shortened to remove personal data.")), "dd/mm/yyyy");
    Sheet data = wb.createSheet("Data");
    List<List<Object>> rows = new ArrayList<>();
    rows.add(row("Date reported", "Summary of breach", "Category", "Outcome", "ICO notified"));
    for (Breach b : breaches) {
      rows.add(row(b.date(), b.description(), b.type(), b.action(), yn(b.reportedToIco())));
    }
    Office.fill(data, 0, 0, rows, "yyyy-mm-dd");
    Office.widths(data, 14, 60, 30, 30, 12);
    Office.save(wb, file);
    return Written.log(breaches);
  }

  /** The table starts at B3, not A1, and some rows have no description, only a type or nothing. */
  static Written offsetTable(Path file, Council council, List<Breach> breaches, Random random) throws IOException {
    Workbook wb = new XSSFWorkbook();
    Sheet sheet = wb.createSheet("Sheet1");
    List<List<Object>> rows = new ArrayList<>();
    rows.add(row("Date", "Description", "Type", "Outcome"));
    for (int i = 0; i < breaches.size(); i++) {
      Breach b = breaches.get(i);
      rows.add(switch (i % 5) {
        case 1 -> row(b.date(), null, b.type(), b.action());
        case 3 -> row(b.date(), null, null, b.action());
        default -> row(b.date(), b.description(), b.type(), b.action());
      });
    }
    Office.fill(sheet, 2, 1, rows, "dd/mm/yyyy");
    Office.widths(sheet, 4, 14, 60, 30, 30);
    Office.save(wb, file);
    return Written.log(breaches);
  }

  /** A CSV whose only mention of the council is its first line, a letterhead. */
  static Written csvLetterhead(Path file, Council council, List<Breach> breaches, Random random) throws IOException {
    List<List<String>> rows = new ArrayList<>();
    rows.add(List.of(council.name() + " - Freedom of Information response FOI/2014/0412"));
    rows.add(List.of());
    rows.add(List.of("Date of incident", "Description", "Type of breach", "Action taken"));
    for (Breach b : breaches) {
      rows.add(List.of(b.date().format(UK_DATE), b.description(), b.type(), b.action()));
    }
    Office.delimited(file, StandardCharsets.UTF_8, false, CSVFormat.DEFAULT, rows);
    return Written.log(breaches);
  }
}
