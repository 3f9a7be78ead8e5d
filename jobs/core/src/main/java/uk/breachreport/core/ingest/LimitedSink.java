package uk.breachreport.core.ingest;

import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.util.CellReference;
import uk.breachreport.core.model.RowSink;
import uk.breachreport.core.model.SheetRow;

/**
 * Passes rows on to the real sink while holding every reader to the {@link IngestLimits}: too
 * many rows in a sheet, a value too far right, a cell too long. Over a limit it throws {@link
 * LimitExceeded}, which {@link DocumentReader} turns into the file's reject reason; the rows
 * already passed on are discarded with the file.
 */
final class LimitedSink implements RowSink {

  private final RowSink sink;
  private final IngestLimits limits;
  private final FileFormat format;
  private String sheet;
  private int rows;

  LimitedSink(RowSink sink, IngestLimits limits, FileFormat format) {
    this.sink = sink;
    this.limits = limits;
    this.format = format;
  }

  @Override
  public void startSheet(String name) {
    sheet = name;
    rows = 0;
    sink.startSheet(name);
  }

  @Override
  public void row(SheetRow row) {
    if (++rows > limits.maxRowsPerSheet()) {
      throw new LimitExceeded("too long: " + (sheet == null ? "the file " : where()) + "has more than "
          + count(limits.maxRowsPerSheet()) + " rows (limit per sheet)");
    }
    if (row.number() > limits.maxRowsPerSheet()) {
      throw new LimitExceeded("too long: " + where() + "row " + count(row.number())
          + " is beyond the limit of " + count(limits.maxRowsPerSheet()) + " rows per sheet");
    }
    List<String> cells = row.cells();
    for (int c = 0; c < cells.size(); c++) {
      String cell = cells.get(c);
      if (c >= limits.maxColumns() && !cell.isBlank()) {
        throw tooWide(sheet, row.number(), column(c), limits);
      }
      if (cell.length() > limits.maxCellChars()) {
        throw new LimitExceeded("cell too long: " + where() + "row " + row.number() + " column "
            + column(c) + " holds " + count(cell.length()) + " characters, over the limit of "
            + count(limits.maxCellChars())
            + (limits.maxCellChars() == IngestLimits.EXCEL_CELL_CHARS ? ", Excel's own maximum" : "")
            + (format == FileFormat.CSV ? " (in a CSV, usually a quote left open)" : ""));
      }
    }
    sink.row(row);
  }

  @Override
  public void endSheet() {
    sink.endSheet();
  }

  @Override
  public void skipSheet(String name, String reason) {
    sink.skipSheet(name, reason);
  }

  private String where() {
    return sheet == null ? "" : "sheet '" + sheet + "' ";
  }

  /** Also thrown by a reader that meets a far-away cell before it fills the gap to it. */
  static LimitExceeded tooWide(String sheet, int row, String column, IngestLimits limits) {
    return new LimitExceeded("too wide: " + (sheet == null ? "" : "sheet '" + sheet + "' ")
        + "row " + row + " has a value in column " + column + ", beyond the "
        + count(limits.maxColumns()) + " columns limit");
  }

  /** "2,000,000", whatever the machine's locale. */
  static String count(long n) {
    return String.format(Locale.ROOT, "%,d", n);
  }

  /** "C (3)": the letter for a workbook user, the number for a CSV, which has no letters. */
  static String column(int index) {
    return CellReference.convertNumToColString(index) + " (" + (index + 1) + ")";
  }

  /** A file over a limit; unchecked so it can leave a SAX handler or a sink untouched. */
  static final class LimitExceeded extends RuntimeException {
    private static final long serialVersionUID = 1L;

    LimitExceeded(String reason) {
      super(reason, null, false, false);
    }
  }
}
