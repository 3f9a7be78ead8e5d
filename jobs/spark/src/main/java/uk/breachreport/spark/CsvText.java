package uk.breachreport.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.spark.sql.Row;
import uk.breachreport.core.report.SpreadsheetSafe;

/**
 * A small table as CSV text, the same bytes for the same rows: numbers in plain notation, nulls
 * empty, and text that a spreadsheet would run as a formula neutralised.
 */
final class CsvText {

  private CsvText() {}

  static String of(List<String> columns, List<Row> rows) {
    StringBuilder out = new StringBuilder();
    try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180.builder()
        .setRecordSeparator("\n").get())) {
      printer.printRecord(columns);
      for (Row row : rows) {
        for (int i = 0; i < row.size(); i++) {
          printer.print(format(row.get(i)));
        }
        printer.println();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  static String format(Object value) {
    if (value == null) {
      return "";
    }
    if (value instanceof BigDecimal d) {
      return d.stripTrailingZeros().toPlainString();
    }
    if (value instanceof Double d) {
      return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
    }
    if (value instanceof String s) {
      return SpreadsheetSafe.text(s);
    }
    return value.toString();
  }
}
