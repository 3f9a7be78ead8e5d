package uk.breachreport.core.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import org.apache.poi.hssf.extractor.OldExcelExtractor;
import uk.breachreport.core.model.RowSink;
import uk.breachreport.core.model.SheetRow;

/**
 * Reads an Excel 5.0/95 (BIFF5) workbook, which POI's workbook model refuses, through its old-file
 * text extractor: one row a value, in sheet order. That keeps a letter's words and a council's
 * name readable, but not a table's columns, so such a table is reported rather than guessed.
 */
final class OldXlsReader {

  private OldXlsReader() {}

  static void read(byte[] bytes, RowSink sink) throws UnreadableFileException {
    String text;
    try (OldExcelExtractor extractor = new OldExcelExtractor(new ByteArrayInputStream(bytes))) {
      text = extractor.getText();
    } catch (IOException | RuntimeException e) {
      throw UnreadableFileException.corrupt("Excel 5.0/95 workbook", e);
    }
    sink.startSheet(null);
    int number = 0;
    for (String line : text.split("\r\n|\r|\n")) {
      sink.row(new SheetRow(++number, List.of(line)));
    }
    sink.endSheet();
  }
}
