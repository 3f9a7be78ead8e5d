package uk.breachreport.core.layout;

import java.util.List;

/**
 * Where a table starts, as its sheet shows it: the sheet (null in a text file), the header's row,
 * its headings (both rows in one for a two-row header) and the lines above it (titles,
 * letterhead), for telling what the table is about.
 */
public record TableHeader(String sheet, int row, List<String> cells, List<String> title) {

  public TableHeader {
    cells = List.copyOf(cells);
    title = List.copyOf(title);
  }

  /** "'Date | Details | Outcome' on sheet 'Log'", for reasons. */
  public String describe() {
    return "'" + String.join(" | ", cells) + "'" + (sheet == null ? "" : " on sheet '" + sheet + "'");
  }
}
