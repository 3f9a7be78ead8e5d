package uk.breachreport.core.ingest;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
  /** A table's rule drawn in characters: "----|-----", "+----+----+", "|:---|---:|". */
  private static final Pattern RULE = Pattern.compile("[\\s|+:=-]*-[\\s|+:=-]*");

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
      prose(LINES.split(text, -1), sink);
      return;
    }
    try (CSVParser parser = format(delimiter).parse(new StringReader(text))) {
      for (CSVRecord record : parser) {
        sink.row(new SheetRow((int) record.getRecordNumber(), record.toList()));
      }
    } catch (IOException e) {
      throw new UnreadableFileException("malformed CSV: " + e.getMessage(), e);
    } catch (UncheckedIOException e) {
      throw new UnreadableFileException("malformed CSV: " + e.getCause().getMessage(), e);
    }
    sink.endSheet();
  }

  /**
   * A letter, one cell per line, then each table it draws with bars ("Date | Description |
   * Action", a rule of dashes under the header) as a sheet of its own, "Table 1" on, its rows
   * numbered as the letter's lines; those lines are blank in the letter, so nothing is read twice.
   */
  private static void prose(String[] lines, RowSink sink) {
    List<List<Integer>> tables = barTables(lines);
    Set<Integer> inTables = new HashSet<>();
    tables.forEach(inTables::addAll);
    for (int i = 0; i < lines.length; i++) {
      sink.row(new SheetRow(i + 1, List.of(inTables.contains(i) ? "" : lines[i])));
    }
    sink.endSheet();
    int t = 0;
    for (List<Integer> table : tables) {
      sink.startSheet("Table " + (++t));
      for (int i : table) {
        if (!RULE.matcher(lines[i]).matches()) {
          sink.row(new SheetRow(i + 1, barCells(lines[i])));
        }
      }
      sink.endSheet();
    }
  }

  /**
   * Runs of lines cut by bars into the same number (two or more) of cells, rules between them
   * allowed: two such lines at least, a header and a row.
   */
  private static List<List<Integer>> barTables(String[] lines) {
    List<List<Integer>> tables = new ArrayList<>();
    List<Integer> run = new ArrayList<>();
    int width = 0;
    int rows = 0;
    for (int i = 0; i <= lines.length; i++) {
      boolean rule = i < lines.length && !run.isEmpty() && lines[i].indexOf('|') >= 0
          && RULE.matcher(lines[i]).matches();
      int cells = i < lines.length && lines[i].indexOf('|') >= 0 && !rule
          ? barCells(lines[i]).size() : 0;
      if (rule || cells >= 2 && (run.isEmpty() || cells == width)) {
        run.add(i);
        rows += rule ? 0 : 1;
        width = rule ? width : cells;
        continue;
      }
      if (rows >= 2) {
        tables.add(List.copyOf(run));
      }
      run.clear();
      rows = 0;
      if (cells >= 2) {
        run.add(i);
        rows = 1;
        width = cells;
      }
    }
    return tables;
  }

  /** "| a | b |" or "a | b": the cells between the bars, trimmed. */
  private static List<String> barCells(String line) {
    List<String> cells = new ArrayList<>(List.of(line.strip().split("\\s*\\|\\s*", -1)));
    if (cells.size() > 1 && cells.get(0).isEmpty()) {
      cells.remove(0);
    }
    if (cells.size() > 1 && cells.get(cells.size() - 1).isEmpty()) {
      cells.remove(cells.size() - 1);
    }
    return cells.stream().map(String::strip).toList();
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
