package uk.breachreport.core.model;

/**
 * Where a value came from: a file relative to the input root, a sheet (or table, for Word
 * answers; null for CSV and text) and a 1-based row as Excel shows it (0 for the whole file).
 */
public record SourceRef(String file, String sheet, int row) implements java.io.Serializable {

  public static SourceRef file(String file) {
    return new SourceRef(file, null, 0);
  }

  public SourceRef atRow(String sheet, int row) {
    return new SourceRef(file, sheet, row);
  }

  @Override
  public String toString() {
    StringBuilder s = new StringBuilder(file);
    if (sheet != null) {
      s.append(", sheet '").append(sheet).append('\'');
    }
    if (row > 0) {
      s.append(", row ").append(row);
    }
    return s.toString();
  }
}
