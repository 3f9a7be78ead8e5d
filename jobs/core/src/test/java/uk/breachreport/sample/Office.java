package uk.breachreport.sample;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import uk.breachreport.testing.OfficeFiles;

/**
 * Writing workbooks, Word documents and delimited text so the same input gives the same bytes:
 * fixed document dates, and zip entries re-stamped with one fixed time.
 */
final class Office {

  /** A formula cell with the value Excel had cached when the council saved the file. */
  record Formula(String formula, double cached) {}

  /** When every sample document claims to have been written. */
  static final LocalDateTime SAVED = LocalDateTime.of(2014, 5, 1, 9, 30);
  private static final OfficeFiles FILES = new OfficeFiles(SAVED);

  private Office() {}

  /**
   * Writes {@code rows} from ({@code firstRow}, {@code firstCol}), 0-based. Values: String, Number,
   * Boolean, LocalDate (a real date cell), {@link Formula}; null leaves the cell out.
   */
  static void fill(Sheet sheet, int firstRow, int firstCol, List<List<Object>> rows, String datePattern) {
    Workbook wb = sheet.getWorkbook();
    CellStyle dateStyle = wb.createCellStyle();
    dateStyle.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat(datePattern));
    for (int r = 0; r < rows.size(); r++) {
      Row row = sheet.getRow(firstRow + r) == null ? sheet.createRow(firstRow + r) : sheet.getRow(firstRow + r);
      List<Object> values = rows.get(r);
      for (int c = 0; c < values.size(); c++) {
        Object value = values.get(c);
        if (value != null) {
          set(row.createCell(firstCol + c), value, dateStyle);
        }
      }
    }
  }

  private static void set(Cell cell, Object value, CellStyle dateStyle) {
    if (value instanceof String s) {
      cell.setCellValue(s);
    } else if (value instanceof Number n) {
      cell.setCellValue(n.doubleValue());
    } else if (value instanceof Boolean b) {
      cell.setCellValue(b);
    } else if (value instanceof LocalDate d) {
      cell.setCellValue(d);
      cell.setCellStyle(dateStyle);
    } else if (value instanceof Formula f) {
      cell.setCellFormula(f.formula());
      cell.setCellValue(f.cached());
    } else {
      throw new IllegalArgumentException("Cannot write a " + value.getClass().getName() + " (" + value
          + ") to a cell; expected String, Number, Boolean, LocalDate or Formula");
    }
  }

  static void bold(Sheet sheet, int rowIndex) {
    Workbook wb = sheet.getWorkbook();
    Font font = wb.createFont();
    font.setBold(true);
    CellStyle style = wb.createCellStyle();
    style.setFont(font);
    for (Cell cell : sheet.getRow(rowIndex)) {
      if (cell.getCellStyle().getDataFormat() == 0) {
        cell.setCellStyle(style);
      }
    }
  }

  static void widths(Sheet sheet, int... characters) {
    for (int c = 0; c < characters.length; c++) {
      sheet.setColumnWidth(c, characters[c] * 256);
    }
  }

  static void save(Workbook wb, Path file) throws IOException {
    FILES.save(wb, file);
  }

  static void save(XWPFDocument doc, Path file) throws IOException {
    FILES.save(doc, file);
  }

  static void paragraphs(XWPFDocument doc, String... lines) {
    for (String line : lines) {
      doc.createParagraph().createRun().setText(line);
    }
  }

  static XWPFTable table(XWPFDocument doc, List<List<String>> rows) {
    int columns = rows.get(0).size();
    XWPFTable table = doc.createTable(rows.size(), columns);
    for (int r = 0; r < rows.size(); r++) {
      for (int c = 0; c < columns; c++) {
        XWPFRun run = table.getRow(r).getCell(c).getParagraphs().get(0).createRun();
        run.setText(rows.get(r).get(c));
        run.setBold(r == 0);
      }
    }
    return table;
  }

  /** Delimited text with CRLF line ends; {@code bom} prefixes the UTF-8 byte-order mark. */
  static void delimited(Path file, Charset charset, boolean bom, CSVFormat format, List<List<String>> rows)
      throws IOException {
    try (OutputStream out = Files.newOutputStream(file)) {
      if (bom) {
        out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
      }
      CSVPrinter printer = new CSVPrinter(new java.io.OutputStreamWriter(out, charset), format);
      for (List<String> row : rows) {
        printer.printRecord(row);
      }
      printer.close(true);
    }
  }

  static void text(Path file, String... lines) throws IOException {
    Files.writeString(file, String.join("\r\n", lines) + "\r\n", StandardCharsets.UTF_8);
  }
}
