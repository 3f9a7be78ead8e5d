package uk.breachreport.core.reference;

import java.io.IOException;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.apache.commons.csv.CSVException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads every analyst-editable file in {@code data/reference/} (and the input's manifest) the
 * same way: CSV with a header row, an Excel byte-order mark ignored, lines starting with {@code #}
 * comments, blank lines skipped, values trimmed. Every error names the file and the line an editor
 * shows ("taxonomy.csv line 12: ..."), comments and blank lines counted.
 */
public final class ReferenceCsv {

  private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
      .setHeader()
      .setSkipHeaderRecord(true)
      .setCommentMarker('#')
      .setIgnoreEmptyLines(true)
      .setTrim(true)
      .get();
  private static final Pattern LINE_BREAK = Pattern.compile("\r\n|\r|\n");

  private ReferenceCsv() {}

  /** A reference file read: its name, its header (on {@code headerLine}) and its data rows. */
  public record Table(String file, long headerLine, List<String> header, List<Row> rows) {

    public Table {
      header = List.copyOf(header);
      rows = List.copyOf(rows);
    }

    public boolean has(String column) {
      return header.contains(column);
    }

    /** Fails, naming the header's line, when a column is missing. */
    public Table require(List<String> columns) {
      List<String> missing = columns.stream().filter(c -> !has(c)).toList();
      if (!missing.isEmpty()) {
        throw new IllegalArgumentException(file + " line " + headerLine + ": the header "
            + String.join(",", header) + " lacks column(s) " + missing + "; expected "
            + String.join(",", columns));
      }
      return this;
    }

    /** Each row in file order; a row it rejects is named by file and line. */
    public void forEach(Consumer<Row> read) {
      for (Row row : rows) {
        try {
          read.accept(row);
        } catch (IllegalArgumentException e) {
          throw row.error(e);
        }
      }
    }

    /** Each row read into a value, in file order; a row it rejects is named by file and line. */
    public <T> List<T> map(Function<Row, T> read) {
      List<T> out = new ArrayList<>();
      forEach(row -> out.add(read.apply(row)));
      return out;
    }
  }

  /** One data row and the file line it starts on. */
  public record Row(String file, long line, CSVRecord record) {

    /** The column's value; a row shorter than the header fails. */
    public String get(String column) {
      if (!record.isSet(column)) {
        throw new IllegalArgumentException(record.isMapped(column)
            ? "has " + record.size() + " fields, too few for column '" + column + "'"
            : "the header has no column '" + column + "'");
      }
      return record.get(column);
    }

    /** The column's value, "" when the header or the row lacks it. */
    public String optional(String column) {
      return record.isSet(column) ? record.get(column) : "";
    }

    /** A rule's regex, case-insensitive; one that would match any text is refused. */
    public Pattern pattern(String column) {
      String regex = get(column);
      if (regex.isEmpty()) {
        throw new IllegalArgumentException("has an empty " + column);
      }
      Pattern p;
      try {
        p = Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
      } catch (PatternSyntaxException e) {
        throw new IllegalArgumentException(column + " '" + regex + "' is not a valid Java regular"
            + " expression: " + e.getDescription() + " near index " + e.getIndex(), e);
      }
      if (p.matcher("").find()) {
        throw new IllegalArgumentException(
            column + " '" + regex + "' matches empty text, so it would match everything");
      }
      return p;
    }

    public <E extends Enum<E>> E enumValue(String column, Class<E> type) {
      String value = get(column);
      try {
        return Enum.valueOf(type, value);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("unknown " + column + " '" + value
            + "'; expected one of " + List.of(type.getEnumConstants()), e);
      }
    }

    /** The problem named with this row's file and line. */
    IllegalArgumentException error(IllegalArgumentException problem) {
      return new IllegalArgumentException(
          file + " line " + line + ": " + problem.getMessage(), problem);
    }
  }

  /**
   * Reads the whole file; {@code file} is its name in errors. A file that is not CSV (an unclosed
   * quote, a header naming a column twice) fails naming the file.
   */
  public static Table read(String file, Reader csv) {
    try (CSVParser parser = FORMAT.parse(withoutByteOrderMark(csv))) {
      long headerLine = parser.getCurrentLineNumber();
      List<Row> rows = new ArrayList<>();
      for (CSVRecord record : parser) {
        // The parser has read to the end of the record, which may span lines inside quotes.
        long inside = record.stream().mapToLong(v -> LINE_BREAK.matcher(v).results().count())
            .sum();
        rows.add(new Row(file, parser.getCurrentLineNumber() - inside, record));
      }
      return new Table(file, headerLine, parser.getHeaderNames(), rows);
    } catch (UncheckedIOException e) {
      throw failed(file, e.getCause());
    } catch (IOException e) {
      throw failed(file, e);
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
    }
  }

  /** Text that is not CSV is the editor's to fix; a failing disk is not. */
  private static RuntimeException failed(String file, IOException e) {
    return e instanceof CSVException
        ? new IllegalArgumentException(file + ": not valid CSV: " + e.getMessage(), e)
        : new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
  }

  /** Excel's "CSV UTF-8" starts with a byte-order mark that would otherwise spoil the header. */
  private static Reader withoutByteOrderMark(Reader csv) throws IOException {
    PushbackReader in = new PushbackReader(csv);
    int first = in.read();
    if (first != -1 && first != '\uFEFF') {
      in.unread(first);
    }
    return in;
  }
}
