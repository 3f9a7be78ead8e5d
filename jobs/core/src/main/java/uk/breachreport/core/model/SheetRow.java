package uk.breachreport.core.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One row of a sheet, table or text file as its reader saw it: the 1-based row number a person
 * sees in Excel (or the record number in a CSV, the paragraph or table row in Word) and the cell
 * texts, blank cells as "". Real date cells arrive as ISO text ({@code 2012-06-05}), numbers as
 * plain decimals, formulas as their cached value.
 */
public record SheetRow(int number, List<String> cells) {

  public SheetRow {
    cells = List.copyOf(cells);
  }

  public String cell(int column) {
    return column < cells.size() ? cells.get(column) : "";
  }

  // Loops, not streams: both run several times on every row of every table.
  public boolean isBlank() {
    for (String cell : cells) {
      if (!cell.isBlank()) {
        return false;
      }
    }
    return true;
  }

  public List<String> nonBlank() {
    List<String> kept = new ArrayList<>(cells.size());
    for (String cell : cells) {
      if (!cell.isBlank()) {
        kept.add(cell.strip());
      }
    }
    return Collections.unmodifiableList(kept);
  }

  /** The row's text as one line, cells separated by " | ", for reasons and raw values. */
  public String joined() {
    return String.join(" | ", nonBlank());
  }
}
