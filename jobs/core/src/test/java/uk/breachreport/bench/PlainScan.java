package uk.breachreport.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import uk.breachreport.core.ingest.DocumentReader;
import uk.breachreport.core.ingest.UnreadableFileException;
import uk.breachreport.core.model.RowSink;
import uk.breachreport.core.model.SheetRow;

/**
 * The baseline the Spark job is measured against: one thread opens every file under a folder with
 * the project's own readers and touches every cell, with no layout detection, normalisation or
 * output. Prints files, rows, cells and the time taken.
 *
 * <pre>PlainScan FOLDER</pre>
 */
public final class PlainScan {

  /** What a scan saw; {@code chars} sums the cell lengths so no cell read can be skipped. */
  record Totals(int files, int unreadable, long rows, long cells, long chars) {}

  private PlainScan() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 1 || !Files.isDirectory(Path.of(args[0]))) {
      System.err.println("PlainScan: expected one argument, a folder of answer files; got "
          + String.join(" ", args));
      System.exit(2);
    }
    long start = System.nanoTime();
    Totals totals = scan(Path.of(args[0]));
    long millis = (System.nanoTime() - start) / 1_000_000;
    System.out.printf("files: %d (unreadable: %d)%nrows: %d%ncells: %d%nchars: %d%ntime_ms: %d%n",
        totals.files(), totals.unreadable(), totals.rows(), totals.cells(), totals.chars(), millis);
  }

  static Totals scan(Path root) throws IOException {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(root)) {
      files = walk.filter(Files::isRegularFile).sorted().toList();
    }
    CountingSink sink = new CountingSink();
    int unreadable = 0;
    for (Path file : files) {
      try {
        DocumentReader.read(file.getFileName().toString(), Files.readAllBytes(file), sink);
      } catch (UnreadableFileException e) {
        unreadable++;
      }
    }
    return new Totals(files.size(), unreadable, sink.rows, sink.cells, sink.chars);
  }

  /** Counts rows and cells and sums cell lengths. */
  private static final class CountingSink implements RowSink {
    private long rows;
    private long cells;
    private long chars;

    @Override
    public void startSheet(String name) {}

    @Override
    public void row(SheetRow row) {
      rows++;
      for (String cell : row.cells()) {
        cells++;
        chars += cell.length();
      }
    }

    @Override
    public void endSheet() {}
  }
}
