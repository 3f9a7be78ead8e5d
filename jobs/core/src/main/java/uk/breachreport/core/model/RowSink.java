package uk.breachreport.core.model;

/**
 * Receives a document's rows sheet by sheet, so a reader can stream a large sheet without
 * holding it in memory.
 */
public interface RowSink {

  void startSheet(String name);

  void row(SheetRow row);

  void endSheet();

  /**
   * A sheet the reader did not read, and why ("hidden sheet", "very hidden sheet"): not data, but
   * never dropped silently. A default, so readers and sinks written before it keep compiling.
   */
  default void skipSheet(String name, String reason) {}
}
