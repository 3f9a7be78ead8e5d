package uk.breachreport.core.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * A large workbook is read from a temporary copy, with the same rows as one read from memory;
 * hidden and very hidden sheets are skipped, and said to be, by both workbook readers.
 */
class XlsxReaderTest {

  @Test
  void aWorkbookReadByPoiFromATemporaryFileGivesTheSameSheetsAndRows() throws Exception {
    byte[] workbook = workbook();
    CollectingSink inMemory = new CollectingSink();
    XlsxReader.readWithPoi(workbook, inMemory, IngestLimits.DEFAULT, Integer.MAX_VALUE);
    List<Path> before = temporaryCopies();
    CollectingSink fromFile = new CollectingSink();
    XlsxReader.readWithPoi(workbook, fromFile, IngestLimits.DEFAULT, 0);

    assertEquals(List.of("2012-13", "2013-14"), fromFile.sheets);
    assertEquals(inMemory.sheets, fromFile.sheets);
    assertEquals(List.of("2012-06-05", "Letter sent to the wrong address", "3"),
        fromFile.rows.get(1).cells());
    assertEquals(inMemory.rows, fromFile.rows);
    assertEquals(before, temporaryCopies(), "the temporary copy is deleted");
  }

  @Test
  void aCorruptLargeWorkbookIsUnreadableAndLeavesNoCopy() throws Exception {
    byte[] workbook = workbook();
    byte[] truncated = Arrays.copyOf(workbook, workbook.length / 2);
    List<Path> before = temporaryCopies();
    assertThrows(UnreadableFileException.class,
        () -> XlsxReader.readWithPoi(truncated, new CollectingSink(), IngestLimits.DEFAULT, 0));
    assertEquals(before, temporaryCopies());
  }

  @Test
  void hiddenAndVeryHiddenSheetsAreSkippedWithTheirReason() throws Exception {
    for (boolean xlsx : List.of(true, false)) {
      byte[] bytes = hiddenSheets(xlsx ? new XSSFWorkbook() : new HSSFWorkbook());
      CollectingSink sink = new CollectingSink();
      DocumentReader.read(xlsx ? "answer.xlsx" : "answer.xls", bytes, sink);
      assertEquals(List.of("Log"), sink.sheets, xlsx ? "xlsx" : "xls");
      assertEquals(List.of("Lists: hidden sheet", "Working: very hidden sheet"), sink.skipped,
          xlsx ? "xlsx" : "xls");
      assertEquals(List.of("Date", "Description"), sink.rows.get(0).cells());
      assertEquals(1, sink.rows.size(), "no row of a skipped sheet reaches the sink");
    }
  }

  private static byte[] hiddenSheets(Workbook wb) throws IOException {
    try (wb) {
      for (String name : List.of("Log", "Lists", "Working")) {
        Row row = wb.createSheet(name).createRow(0);
        row.createCell(0).setCellValue(name.equals("Log") ? "Date" : "Category");
        row.createCell(1).setCellValue(name.equals("Log") ? "Description" : "Outcome");
      }
      wb.setSheetHidden(1, true);
      wb.setSheetVisibility(2, SheetVisibility.VERY_HIDDEN);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      wb.write(out);
      return out.toByteArray();
    }
  }

  private static byte[] workbook() throws IOException {
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      CellStyle date = wb.createCellStyle();
      date.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
      for (String year : List.of("2012-13", "2013-14")) {
        Sheet sheet = wb.createSheet(year);
        Row header = sheet.createRow(0);
        header.createCell(0).setCellValue("Date");
        header.createCell(1).setCellValue("Description");
        header.createCell(2).setCellValue("Number");
        Row row = sheet.createRow(1);
        row.createCell(0).setCellValue(LocalDate.of(2012, 6, 5));
        row.getCell(0).setCellStyle(date);
        row.createCell(1).setCellValue("Letter sent to the wrong address");
        row.createCell(2).setCellValue(3);
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      wb.write(out);
      return out.toByteArray();
    }
  }

  private static List<Path> temporaryCopies() throws IOException {
    try (Stream<Path> files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
      return files.filter(f -> f.getFileName().toString().startsWith("breach-report-")
          && f.getFileName().toString().endsWith(".xlsx")).sorted().toList();
    }
  }
}
