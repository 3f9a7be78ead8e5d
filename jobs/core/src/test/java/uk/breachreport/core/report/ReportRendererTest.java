package uk.breachreport.core.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Renders the fixture report once, to {@code -Dreport.look=DIR} when given (to inspect it by eye)
 * or to a temporary folder, and checks every output file.
 */
class ReportRendererTest {

  @TempDir static Path temp;
  static Path dir;

  @BeforeAll
  static void render() throws Exception {
    String look = System.getProperty("report.look");
    dir = look == null ? temp.resolve("report") : Path.of(look);
    new ReportRenderer().render(ReportFixture.model(), dir);
  }

  @ParameterizedTest
  @ValueSource(strings = {"index.html", "national-breach-report.pdf",
      "downloads/breach-report-tables.xlsx", "councils/E06000045.html",
      "councils/E08000025.html", "councils/W06000015.html", "councils/S12000036.html",
      "councils/95T.html"})
  void writesOutput(String path) throws Exception {
    assertTrue(Files.size(dir.resolve(path)) > 0, path + " is missing or empty");
  }

  /** render writes each page as it is rendered alone (as the goldens are), incidents masked. */
  @Test
  void writtenPagesAreThePagesRenderedAloneWithIncidentsMasked() throws Exception {
    ReportModel model = ReportFixture.model();
    ReportRenderer renderer = new ReportRenderer();
    assertEquals(renderer.indexHtml(model),
        Files.readString(dir.resolve(ReportRenderer.INDEX), StandardCharsets.UTF_8));
    for (CouncilSheet sheet : model.councils()) {
      assertEquals(renderer.councilHtml(model, sheet), Files.readString(
          dir.resolve("councils/" + sheet.row().code() + ".html"), StandardCharsets.UTF_8));
    }
    String southampton = Files.readString(dir.resolve("councils/E06000045.html"));
    assertTrue(southampton.contains("to [email], NI number [NI number]")
        && !southampton.contains("j.smith") && !southampton.contains("7LY"), southampton);
  }

  @Test
  void pdfHasTitleOnFirstPageAndCouncilsAndPageNumbersLater() throws Exception {
    try (PDDocument pdf = Loader.loadPDF(dir.resolve(ReportRenderer.PDF).toFile())) {
      int pages = pdf.getNumberOfPages();
      assertTrue(pages >= 3, "expected at least 3 pages, got " + pages);
      assertTrue(text(pdf, 1, 1).contains("Breach of Trust"), "title on page 1");
      assertTrue(text(pdf, 1, 1).contains("Contents"), "table of contents on page 1");
      String later = text(pdf, 2, pages);
      assertTrue(later.contains("Birmingham City Council"), "a council name after page 1");
      assertTrue(later.contains("Page 2 of " + pages), "page numbers in the footer");
      assertTrue(text(pdf, pages, pages).contains("Page " + pages + " of " + pages));
    }
  }

  @Test
  void pdfDoesNotContainUnmaskedPersonalData() throws Exception {
    try (PDDocument pdf = Loader.loadPDF(dir.resolve(ReportRenderer.PDF).toFile())) {
      String all = text(pdf, 1, pdf.getNumberOfPages());
      assertTrue(!all.contains("<script") && !all.contains("&lt;"), all);
    }
  }

  @Test
  void longLeagueTableBreaksAcrossPagesAndRepeatsItsHeader() throws Exception {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    new ReportRenderer().pdf(ReportFixture.modelWithCouncils(433), temp, out);
    try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
      List<Integer> withRows = IntStream.rangeClosed(1, pdf.getNumberOfPages())
          .filter(p -> page(pdf, p).contains("Test Council"))
          .boxed()
          .toList();
      assertTrue(withRows.size() >= 5, "433 councils on " + withRows);
      for (int p : withRows.subList(1, withRows.size())) {
        assertTrue(page(pdf, p).contains("Prosecutions"), "table header repeated on page " + p);
      }
      assertTrue(page(pdf, withRows.get(withRows.size() - 1)).contains("Test Council 433"));
    }
  }

  /** Row groups keep the PDF of thousands of councils linear; the screen table sorts one group. */
  @Test
  void printedLeagueTableIsInRowGroupsOfFiveHundredAndTheScreenTableInOne() {
    ReportModel model = ReportFixture.modelWithCouncils(1_000);
    String league = printedLeague(new ReportRenderer().printHtml(model));
    assertEquals(2, league.split("<tbody>", -1).length - 1, "rows 1-500, 501-1000");
    String second = league.split("<tbody>")[2];
    assertTrue(second.strip().startsWith("<tr>") && second.contains("Test Council 501")
        && !second.contains("Test Council 500<") && second.contains("Test Council 1000<"), second);
    assertEquals(1_000, league.split("<tr", -1).length - 2, "every council once, and the header");
    String screen = new ReportRenderer().indexHtml(model);
    assertEquals(screen.indexOf("<tbody>", screen.indexOf("id=\"league-table\"")),
        screen.lastIndexOf("<tbody>", screen.indexOf("</table>", screen.indexOf("id=\"league-table\""))));
  }

  @Test
  void aPrintedLeagueTableOfMoreThanAThousandCouncilsListsTheFirstThousandAndSaysSo() {
    ReportModel model = ReportFixture.modelWithCouncils(1_001);
    String print = new ReportRenderer().printHtml(model);
    String league = printedLeague(print);
    assertEquals(1_000, league.split("<tr", -1).length - 2, "the first thousand, and the header");
    assertTrue(league.contains("Test Council 1000<") && !league.contains("Test Council 1001<"));
    assertTrue(print.contains("This printed report lists the first 1,000 of the 1,001 councils."),
        "the reader is told where the rest are");
    String screen = new ReportRenderer().indexHtml(model);
    assertTrue(screen.contains("Test Council 1001<") && !screen.contains("lists the first"),
        "on screen every council");
  }

  private static String printedLeague(String print) {
    String league = print.substring(print.indexOf("<table class=\"league\""));
    return league.substring(0, league.indexOf("</table>"));
  }

  @Test
  void sameModelGivesTheSamePdf() throws Exception {
    java.io.ByteArrayOutputStream first = new java.io.ByteArrayOutputStream();
    java.io.ByteArrayOutputStream second = new java.io.ByteArrayOutputStream();
    new ReportRenderer().pdf(ReportFixture.model(), temp, first);
    new ReportRenderer().pdf(ReportFixture.model(), temp, second);
    assertTrue(java.util.Arrays.equals(first.toByteArray(), second.toByteArray()));
  }

  @Test
  void workbookHasOneSheetPerTableWithBoldFrozenHeader() throws Exception {
    try (InputStream in = Files.newInputStream(dir.resolve(ReportRenderer.XLSX));
        Workbook wb = new XSSFWorkbook(in)) {
      List<String> names =
          IntStream.range(0, wb.getNumberOfSheets()).mapToObj(wb::getSheetName).toList();
      assertEquals(List.of("Rankings", "By category", "By year", "By action", "By nation",
          "By region", "By type"), names);
      Sheet rankings = wb.getSheet("Rankings");
      assertEquals(TablesWorkbook.RANKING_HEADER.size(), rankings.getRow(0).getLastCellNum());
      assertTrue(wb.getFontAt(rankings.getRow(0).getCell(0).getCellStyle().getFontIndex())
          .getBold());
      assertEquals(1, rankings.getPaneInformation().getHorizontalSplitTopRow());
      assertEquals(6, rankings.getLastRowNum() + 1, "header and five councils");
      Row southampton = rankings.getRow(1);
      assertEquals("Southampton City Council", southampton.getCell(2).getStringCellValue());
      assertEquals(53.0, southampton.getCell(7).getNumericCellValue());
      assertEquals(6, wb.getSheet("By category").getLastRowNum() + 1);
    }
    // Readable front to back, as streaming readers read a zip.
    try (java.util.zip.ZipInputStream zip = new java.util.zip.ZipInputStream(
        Files.newInputStream(dir.resolve(ReportRenderer.XLSX)))) {
      int entries = 0;
      while (zip.getNextEntry() != null) {
        zip.readAllBytes();
        entries++;
      }
      assertTrue(entries > 7, entries + " entries");
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"../evil", "a/b", "", "E06 000045"})
  void refusesCodesThatCannotNameAFile(String code) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> ReportRenderer.factsheetFileName(code));
    assertTrue(e.getMessage().contains("'" + code + "'"), e.getMessage());
  }

  private static String page(PDDocument pdf, int page) {
    try {
      return text(pdf, page, page);
    } catch (Exception e) {
      throw new IllegalStateException("Cannot read text of page " + page, e);
    }
  }

  private static String text(PDDocument pdf, int from, int to) throws Exception {
    PDFTextStripper stripper = new PDFTextStripper();
    stripper.setStartPage(from);
    stripper.setEndPage(to);
    return stripper.getText(pdf);
  }
}
