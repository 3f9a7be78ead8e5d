package uk.breachreport.core.ingest;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import uk.breachreport.core.model.RowSink;
import uk.breachreport.core.model.SheetRow;

/**
 * Reads .csv and .txt answers: UTF-8 (with or without BOM), UTF-16 with a BOM or, failing that,
 * Windows-1252; comma, semicolon or tab separated with quoted fields (commas and line breaks
 * inside quotes); or plain prose, one cell per line, for letters that say "none" or refuse. A row
 * with more fields than its header is passed on as it is: the layout stage decides what it means.
 */
final class TextReader {

  static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
  private static final char[] DELIMITERS = {',', ';', '\t'};
  private static final int SAMPLE_LINES = 60;
  private static final Pattern LINES = Pattern.compile("\r\n|\r|\n");

  private TextReader() {}

  static void read(byte[] bytes, boolean tabular, RowSink sink) throws UnreadableFileException {
    String text = decode(bytes);
    int nul = text.indexOf('\0');
    if (nul >= 0) {
      throw new UnreadableFileException("not text: binary data (a NUL byte at character " + nul
          + "); if it is Unicode text, save it as UTF-8");
    }
    Character delimiter = delimiter(text, tabular);
    sink.startSheet(null);
    if (delimiter == null) {
      int number = 0;
      for (String line : LINES.split(text, -1)) {
        number++;
        sink.row(new SheetRow(number, List.of(line)));
      }
    } else {
      try (CSVParser parser = format(delimiter).parse(new StringReader(text))) {
        for (CSVRecord record : parser) {
          sink.row(new SheetRow((int) record.getRecordNumber(), record.toList()));
        }
      } catch (IOException e) {
        throw new UnreadableFileException("malformed CSV: " + e.getMessage(), e);
      } catch (UncheckedIOException e) {
        throw new UnreadableFileException("malformed CSV: " + e.getCause().getMessage(), e);
      }
    }
    sink.endSheet();
  }

  static String decode(byte[] bytes) {
    if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
        && (bytes[2] & 0xFF) == 0xBF) {
      return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
    }
    // Excel's "Unicode Text" export: UTF-16 with a byte-order mark, tab separated.
    if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
      return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
    }
    if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
      return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
    }
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException notUtf8) {
      return new String(bytes, WINDOWS_1252);
    }
  }

  /**
   * The delimiter that splits most sample lines into the same number (two or more) of fields, or
   * null for prose. A .txt answer must be clearly tabular: a letter has commas too.
   */
  static Character delimiter(String text, boolean tabular) {
    List<String> lines = text.lines().filter(l -> !l.isBlank()).limit(SAMPLE_LINES).toList();
    if (lines.isEmpty()) {
      return null;
    }
    Character best = null;
    int bestScore = 0;
    for (char d : DELIMITERS) {
      int score = consistentLines(lines, d);
      if (score > bestScore) {
        best = d;
        bestScore = score;
      }
    }
    int needed = tabular ? 2 : Math.max(2, (lines.size() * 6 + 9) / 10);
    return bestScore >= needed ? best : null;
  }

  /** How many lines share the commonest field count, when that count is two or more. */
  private static int consistentLines(List<String> lines, char delimiter) {
    Map<Integer, Integer> byCount = new HashMap<>();
    for (String line : lines) {
      int fields = fields(line, delimiter);
      if (fields >= 2) {
        byCount.merge(fields, 1, Integer::sum);
      }
    }
    return byCount.values().stream().max(Integer::compare).orElse(0);
  }

  private static int fields(String line, char delimiter) {
    int fields = 1;
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '"') {
        quoted = !quoted;
      } else if (c == delimiter && !quoted) {
        fields++;
      }
    }
    return fields;
  }

  private static CSVFormat format(char delimiter) {
    return CSVFormat.RFC4180.builder()
        .setDelimiter(delimiter)
        .setIgnoreSurroundingSpaces(false)
        .setAllowMissingColumnNames(true)
        .get();
  }
}
