package uk.breachreport.core.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import uk.breachreport.core.model.FileOutcome;
import uk.breachreport.core.model.FileResult;
import uk.breachreport.core.model.SheetRow;

/** Files that look hostile but are a council's honest answer: they are read, not rejected. */
class OddButReadableTest {

  @Test
  void aWriteProtectedXlsIsRead() throws Exception {
    try (HSSFWorkbook wb = new HSSFWorkbook()) {
      fill(wb.createSheet("Breaches"));
      wb.writeProtectWorkbook("council", "Records Manager");
      assertEquals(HostileFiles.ROWS[1][1], cells("log.xls", bytes(wb)).get(1).cell(1));
    }
  }

  @Test
  void aProtectedSheetIsRead() throws Exception {
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      fill(wb.createSheet("Breaches")).protectSheet("council");
      wb.lockStructure();
      assertEquals(HostileFiles.ROWS[2][1], cells("log.xlsx", bytes(wb)).get(2).cell(1));
    }
  }

  /** Excel's "Unicode Text" save: UTF-16 little-endian with a byte-order mark, tab separated. */
  @Test
  void excelUnicodeTextIsRead() throws Exception {
    String text = "Date\tDescription\tType\r\n05/06/2012\tLetter to Mrs O\u2019Brien\u2019s neighbour\tPost\r\n"
        + "06/06/2012\tEmail\tEmail\r\n";
    for (String name : List.of("log.csv", "log.txt")) {
      byte[] bytes = HostileFiles.concat(new byte[] {(byte) 0xFF, (byte) 0xFE},
          text.getBytes(StandardCharsets.UTF_16LE));
      assertEquals(List.of("05/06/2012", "Letter to Mrs O\u2019Brien\u2019s neighbour", "Post"),
          cells(name, bytes).get(1).cells(), name);
    }
  }

  @Test
  void bigEndianUnicodeTextIsRead() throws Exception {
    byte[] bytes = HostileFiles.concat(new byte[] {(byte) 0xFE, (byte) 0xFF},
        "Date,Type\n05/06/2012,Fax\n06/06/2012,Post\n".getBytes(StandardCharsets.UTF_16BE));
    assertEquals(List.of("05/06/2012", "Fax"), cells("log.csv", bytes).get(1).cells());
  }

  /**
   * A row with more fields than its header (a comma in an unquoted description) reaches the
   * layout stage with all its fields, in order: the reader neither drops nor merges any.
   */
  @Test
  void aRowWiderThanItsHeaderIsPassedOnWhole() throws Exception {
    String csv = HostileFiles.INCIDENT_CSV + "14/01/2013,Laptop stolen, from a car,Device\n";
    assertEquals(List.of("14/01/2013", "Laptop stolen", " from a car", "Device"),
        cells("log.csv", csv.getBytes(StandardCharsets.UTF_8)).get(3).cells());
  }

  @Test
  void aRowNarrowerThanItsHeaderIsPassedOn() throws Exception {
    String csv = HostileFiles.INCIDENT_CSV + "14/01/2013,Laptop stolen\n";
    assertEquals(List.of("14/01/2013", "Laptop stolen"),
        cells("log.csv", csv.getBytes(StandardCharsets.UTF_8)).get(3).cells());
  }

  @Test
  void whitespaceOnlyTextIsAnAnswerWithNoTable() {
    FileResult result = Answers.parser().parse("Bristol City Council.csv",
        " \r\n\t\n".getBytes(StandardCharsets.US_ASCII), Optional.empty());
    assertEquals(FileOutcome.REJECTED, result.outcome());
    assertEquals("no table of breaches found, and no statement of none or of a refusal", result.reason());
  }

  private static List<SheetRow> cells(String file, byte[] bytes) throws UnreadableFileException {
    CollectingSink sink = new CollectingSink();
    DocumentReader.read(file, bytes, sink);
    return sink.rows;
  }

  private static Sheet fill(Sheet sheet) {
    for (int r = 0; r < HostileFiles.ROWS.length; r++) {
      Row row = sheet.createRow(r);
      for (int c = 0; c < HostileFiles.ROWS[r].length; c++) {
        row.createCell(c).setCellValue(HostileFiles.ROWS[r][c]);
      }
    }
    return sheet;
  }

  private static byte[] bytes(org.apache.poi.ss.usermodel.Workbook wb) throws java.io.IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    wb.write(out);
    return out.toByteArray();
  }
}
