package uk.breachreport.core.reference;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads the analyst-editable rule files in {@code data/reference/}: CSV with a header row, lines
 * starting with {@code #} are comments.
 */
public final class ReferenceCsv {

  private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
      .setHeader()
      .setSkipHeaderRecord(true)
      .setCommentMarker('#')
      .setIgnoreEmptyLines(true)
      .setTrim(true)
      .get();

  private ReferenceCsv() {}

  public static List<CSVRecord> read(Reader csv) {
    try {
      return FORMAT.parse(csv).getRecords();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A rule's regex, case-insensitive; a bad one names the file's line. */
  public static Pattern pattern(CSVRecord record, String column) {
    String regex = record.get(column);
    try {
      return Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    } catch (PatternSyntaxException e) {
      throw new IllegalArgumentException(
          "bad pattern on line " + record.getRecordNumber() + " of the rule file: '" + regex
              + "': " + e.getDescription(), e);
    }
  }

  public static <E extends Enum<E>> E enumValue(CSVRecord record, String column, Class<E> type) {
    String value = record.get(column);
    try {
      return Enum.valueOf(type, value);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "unknown " + column + " '" + value + "' on line " + record.getRecordNumber()
              + " of the rule file; expected one of " + List.of(type.getEnumConstants()), e);
    }
  }
}
