package uk.breachreport.core.layout;

import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;

/**
 * A recognised header row: its 1-based row number, the layout it implies, the column of each
 * field, for wide summaries the financial year of each year column and the label column, and for
 * summaries with years as rows the type of breach each column counts.
 */
public record Header(
    int row,
    Layout layout,
    Map<Field, Integer> columns,
    SortedMap<Integer, String> yearColumns,
    SortedMap<Integer, String> typeColumns,
    Integer labelColumn,
    Integer totalColumn) {

  public Optional<Integer> column(Field field) {
    return Optional.ofNullable(columns.get(field));
  }

  public boolean has(Field field) {
    return columns.containsKey(field);
  }

  /** The column that names each row's type of breach, if the table has one. */
  public Optional<Integer> typeColumn() {
    return labelColumn != null ? Optional.of(labelColumn) : column(Field.CATEGORY);
  }
}
