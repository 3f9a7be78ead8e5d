package uk.breachreport.core.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The .xlsx reader's own short cuts past POI give POI's answers: number formats read from
 * styles.xml without POI's StylesTable, shared strings decoded once per index, cell columns read
 * without CellReference. Workbooks are written by POI here.
 */
class XlsxCellsTest {

  @Test
  void cellsAreFormattedByTheirStylesNumberFormat() throws Exception {
    byte[] bytes;
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      Sheet sheet = wb.createSheet("Log");
      Row row = sheet.createRow(0);
      row.createCell(0).setCellValue(LocalDate.of(2012, 6, 5));
      row.getCell(0).setCellStyle(style(wb, "dd/mm/yyyy")); // the workbook's own format
      row.createCell(1).setCellValue(LocalDate.of(2013, 1, 31));
      CellStyle builtIn = wb.createCellStyle();
      builtIn.setDataFormat((short) 14); // Excel's built-in m/d/yy: no numFmt in styles.xml
      row.getCell(1).setCellStyle(builtIn);
      row.createCell(2).setCellValue(LocalDateTime.of(2012, 6, 5, 10, 30));
      row.getCell(2).setCellStyle(style(wb, "dd/mm/yyyy hh:mm"));
      row.createCell(3).setCellValue(1234.5);
      row.getCell(3).setCellStyle(style(wb, "#,##0.00"));
      row.createCell(4).setCellValue(41065); // a plain number, the default style
      bytes = bytes(wb);
    }
    CollectingSink sink = new CollectingSink();
    DocumentReader.read("answer.xlsx", bytes, sink);

    assertEquals(List.of("2012-06-05", "2013-01-31", "2012-06-05T10:30", "1234.5", "41065"),
        sink.rows.get(0).cells());
  }

  @Test
  void sharedStringsReadAsPoiReadsThem() throws Exception {
    List<String> texts = List.of("Loss of paperwork", "line one\r\nline two", "_x0041_ literal",
        "tab\there", "Loss of paperwork", " spaced ");
    byte[] bytes;
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      Sheet sheet = wb.createSheet("Log");
      for (int r = 0; r < texts.size(); r++) {
        sheet.createRow(r).createCell(0).setCellValue(texts.get(r));
      }
      bytes = bytes(wb);
    }
    CollectingSink sink = new CollectingSink();
    DocumentReader.read("answer.xlsx", bytes, sink);

    try (XSSFWorkbook poi = new XSSFWorkbook(new java.io.ByteArrayInputStream(bytes))) {
      for (int r = 0; r < texts.size(); r++) {
        assertEquals(poi.getSheetAt(0).getRow(r).getCell(0).getStringCellValue(),
            sink.rows.get(r).cell(0), "row " + (r + 1));
      }
    }
    assertEquals("Loss of paperwork", sink.rows.get(4).cell(0), "an index read twice");
  }

  @ParameterizedTest
  @CsvSource({"A1, 0", "Z9, 25", "AA10, 26", "AB12, 27", "XFD1048576, 16383", "$B$2, 1",
      "c3, 2", "ABCD1, 19009"})
  void aCellsColumnIsReadFromItsReference(String reference, int column) {
    assertEquals(column, XlsxReader.Rows.column(reference));
  }

  private static CellStyle style(XSSFWorkbook wb, String format) {
    CellStyle style = wb.createCellStyle();
    style.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat(format));
    return style;
  }

  private static byte[] bytes(XSSFWorkbook wb) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    wb.write(out);
    return out.toByteArray();
  }
}
