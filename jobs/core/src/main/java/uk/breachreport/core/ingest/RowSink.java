package uk.breachreport.core.ingest;

/**
 * Receives a document's rows sheet by sheet, so a reader can stream a large sheet without
 * holding it in memory.
 */
public interface RowSink {

  void startSheet(String name);

  void row(SheetRow row);

  void endSheet();
}
