package uk.breachreport.core.report;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.apache.commons.compress.archivers.zip.Zip64Mode;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/** The report's tables as one XLSX download: one sheet per table, bold frozen header row. */
public final class TablesWorkbook {

  static final List<String> RANKING_HEADER =
      List.of("rank", "code", "name", "type", "nation", "region", "status", "breaches",
          "breaches_lower_bound", "per_100k", "rank_per_100k", "children", "devices",
          "disciplinary", "dismissals", "resignations", "prosecutions", "reported_to_ico",
          "population");

  /** Rows kept in memory before they are flushed to the sheet's temporary file. */
  private static final int ROWS_IN_MEMORY = 200;

  private TablesWorkbook() {}

  /**
   * Streamed (SXSSF): rows are written to a temporary file as they are made, strings inline. At
   * 8,660 councils the in-memory workbook allocated about 1 GB, 380 MB of it keying shared
   * strings, and took twice as long; the cells, styles and frozen headers are the same.
   */
  public static void write(ReportModel model, OutputStream out) throws IOException {
    SXSSFWorkbook wb = new SXSSFWorkbook(ROWS_IN_MEMORY);
    // No Zip64 records: streamed, they made entries that Java's ZipInputStream (and other readers
    // that read a zip front to back) refuse; the workbook is nowhere near 4 GB.
    wb.setZip64Mode(Zip64Mode.Never);
    try {
      CellStyle bold = wb.createCellStyle();
      Font font = wb.createFont();
      font.setBold(true);
      bold.setFont(font);

      Sheet rankings = sheet(wb, "Rankings", RANKING_HEADER, bold);
      int r = 1;
      for (CouncilRow c : model.rankings()) {
        Row row = rankings.createRow(r++);
        List<Object> values =
            java.util.Arrays.asList(c.rank(), c.code(), c.name(), c.type(), c.nation(), c.region(),
                c.status(), c.breaches(), c.lowerBound(), c.per100k(), c.rankPer100k(),
                c.children(), c.devices(), c.disciplinary(), c.dismissals(), c.resignations(),
                c.prosecutions(), c.reportedToIco(), c.population());
        for (int i = 0; i < values.size(); i++) {
          set(row, i, values.get(i));
        }
      }
      breakdown(wb, "By category", "category", model.byCategory(), bold);
      breakdown(wb, "By year", "financial_year", model.byYear(), bold);
      breakdown(wb, "By action", "action", model.byAction(), bold);
      breakdown(wb, "By nation", "nation", model.byNation(), bold);
      breakdown(wb, "By region", "region", model.byRegion(), bold);
      breakdown(wb, "By type", "type", model.byType(), bold);
      wb.write(out);
    } finally {
      wb.dispose(); // its temporary files
      wb.close();
    }
  }

  private static void breakdown(
      Workbook wb, String name, String keyHeader, List<BreakdownRow> rows, CellStyle bold) {
    Sheet sheet = sheet(wb, name, List.of(keyHeader, "label", "breaches"), bold);
    int r = 1;
    for (BreakdownRow b : rows) {
      Row row = sheet.createRow(r++);
      set(row, 0, b.key());
      set(row, 1, b.label());
      set(row, 2, b.breaches());
    }
  }

  private static Sheet sheet(Workbook wb, String name, List<String> header, CellStyle bold) {
    Sheet sheet = wb.createSheet(name);
    Row row = sheet.createRow(0);
    for (int i = 0; i < header.size(); i++) {
      row.createCell(i).setCellValue(header.get(i));
      row.getCell(i).setCellStyle(bold);
    }
    sheet.createFreezePane(0, 1);
    return sheet;
  }

  private static void set(Row row, int column, Object value) {
    if (value == null) {
      row.createCell(column);
    } else if (value instanceof Number n) {
      row.createCell(column).setCellValue(n.doubleValue());
    } else if (value instanceof Boolean b) {
      row.createCell(column).setCellValue(b);
    } else {
      row.createCell(column).setCellValue(SpreadsheetSafe.text(value.toString()));
    }
  }
}
