package uk.breachreport.core.ingest;

import java.util.ArrayList;
import java.util.List;
import uk.breachreport.core.model.RowSink;
import uk.breachreport.core.model.SheetRow;

/** Keeps what a reader gives it: the sheet names, all rows and the sheets skipped, in order. */
final class CollectingSink implements RowSink {

  final List<String> sheets = new ArrayList<>();
  final List<SheetRow> rows = new ArrayList<>();
  final List<String> skipped = new ArrayList<>();

  @Override
  public void startSheet(String name) {
    sheets.add(name);
  }

  @Override
  public void row(SheetRow row) {
    rows.add(row);
  }

  @Override
  public void endSheet() {}

  @Override
  public void skipSheet(String name, String reason) {
    skipped.add(name + ": " + reason);
  }
}
