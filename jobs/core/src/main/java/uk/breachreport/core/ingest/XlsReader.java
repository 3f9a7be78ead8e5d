package uk.breachreport.core.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import uk.breachreport.core.model.RowSink;
import uk.breachreport.core.model.SheetRow;

/** Reads a BIFF8 .xls workbook (Excel 97-2003); such files are small, so the usermodel is fine. */
final class XlsReader {

  private XlsReader() {}

  static void read(byte[] bytes, RowSink sink) throws UnreadableFileException {
    try (HSSFWorkbook workbook = new HSSFWorkbook(new ByteArrayInputStream(bytes))) {
      CellText text = new CellText(workbook.getInternalWorkbook().isUsing1904DateWindowing());
      for (Sheet sheet : workbook) {
        int index = workbook.getSheetIndex(sheet);
        if (workbook.isSheetHidden(index) || workbook.isSheetVeryHidden(index)) {
          sink.skipSheet(sheet.getSheetName(),
              workbook.isSheetVeryHidden(index) ? XlsxReader.VERY_HIDDEN : XlsxReader.HIDDEN);
          continue;
        }
        sink.startSheet(sheet.getSheetName());
        for (Row row : sheet) {
          List<String> cells = new ArrayList<>();
          for (int c = 0; c < row.getLastCellNum(); c++) {
            cells.add(text(row.getCell(c), text));
          }
          sink.row(new SheetRow(row.getRowNum() + 1, cells));
        }
        sink.endSheet();
      }
    } catch (EncryptedDocumentException e) {
      throw DocumentReader.encrypted();
    } catch (LimitedSink.LimitExceeded e) {
      throw e;
    } catch (IOException | RuntimeException e) {
      throw UnreadableFileException.corrupt(".xls workbook", e);
    }
  }

  private static String text(Cell cell, CellText text) {
    if (cell == null) {
      return "";
    }
    CellType type = cell.getCellType() == CellType.FORMULA
        ? cell.getCachedFormulaResultType()
        : cell.getCellType();
    return switch (type) {
      case NUMERIC -> text.of(
          cell.getNumericCellValue(),
          cell.getCellStyle().getDataFormat(),
          cell.getCellStyle().getDataFormatString());
      case STRING -> cell.getRichStringCellValue().getString();
      case BOOLEAN -> cell.getBooleanCellValue() ? "TRUE" : "FALSE";
      default -> "";
    };
  }
}
