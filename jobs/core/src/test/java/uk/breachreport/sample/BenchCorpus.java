package uk.breachreport.sample;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import uk.breachreport.core.model.ResponseStatus;

/**
 * A benchmark corpus: every register council answers in a seeded layout (about 3% nil, 2% refused,
 * 3% silent), and the whole set is repeated in {@code copy-001/} ... {@code copy-N/} so the input
 * grows with N. Copy 1 is the register's own councils; copy k >= 2 is answered by their twins, a
 * council of the same kind and population named "Bench&lt;letters&gt; &lt;name&gt;" with a code of
 * its own ({@link #twinCode}, {@link #twinRegister}), so every answer is one council's only answer:
 * N answers for the same council and years would be held as disagreeing, and the bench's totals
 * would mean nothing.
 */
final class BenchCorpus {

  /** A layout a bench council may get, with the way such councils name the file. */
  enum Layout {
    LOG("{slug}-foi-{ref}.xlsx", Logs::headerRow1),
    LETTERHEAD("{name} - FOI {ref}.xlsx", Logs::letterhead),
    SHEET_PER_YEAR("{slug}-breaches-by-year.xlsx", Logs::sheetPerYear),
    XLS("FOI_{name_}.xls", Logs::xls),
    DATE_1904("{name} response.xlsx", Logs::date1904),
    CSV_BOM("{code} response.csv", Logs::csvBom),
    CSV_1252("{name} breaches.csv", Logs::csv1252),
    WORD_LETTER("{name}.docx", Logs::wordLetter),
    TOTALS_ROW("{name} - data breaches.xlsx", Logs::totalsRow),
    TAB_TEXT("{name} breaches.txt", Logs::tabText),
    YES_NO("{name} FOI {ref}.xlsx", Logs::yesNoSpellings),
    SUBTOTALS("{name} - breaches.xlsx", Logs::subtotals),
    XLSM("{name} breach register.xlsm", Logs::xlsm),
    CSV_ISO("{slug}-foi-{ref}.csv", Logs::csvIso),
    WORD_TABLE("{name} FOI response.docx", Logs::wordTable),
    MONTH_TEXT("{name} breaches.xlsx", Logs::monthText),
    COVER_SHEET("{name} FOI {ref}.xlsx", Logs::coverSheet),
    OFFSET_TABLE("{name}.xlsx", Logs::offsetTable),
    CSV_LETTERHEAD("response-{ref}.csv", Logs::csvLetterhead),
    WIDE("{name} FOI {ref} summary.xlsx", Summaries::wide),
    WIDE_SUPPRESSED_TOTAL("{name} - breaches summary.xlsx", Summaries::wideSuppressedWithTotal),
    WIDE_SUPPRESSED("{name} FOI response.xlsx", Summaries::wideSuppressedNoTotal),
    WIDE_TOTAL_MISMATCH("{slug}-foi-{ref}.xlsx", Summaries::wideTotalMismatch),
    LONG_CSV("{name} breaches by year and type.csv", Summaries::longCsv),
    YEAR_TOTALS("{name}.xlsx", Summaries::yearTotals),
    YEAR_TOTALS_CSV("{name} year totals.csv", Summaries::yearTotalsCsv),
    TYPE_TOTALS_WORD("{slug}-foi-response.docx", Summaries::typeTotalsWord),
    TRANSPOSED("{name} breaches.xlsx", Summaries::transposed);

    private final String pattern;
    private final AnswerWriter writer;

    Layout(String pattern, AnswerWriter writer) {
      this.pattern = pattern;
      this.writer = writer;
    }

    String fileName(Council council, int ref) {
      return pattern
          .replace("{slug}", council.slug())
          .replace("{name_}", council.name().replaceAll("[^A-Za-z0-9]+", "_"))
          .replace("{name}", council.name().replace("/", "-"))
          .replace("{code}", council.code())
          .replace("{ref}", Integer.toString(ref));
    }
  }

  private BenchCorpus() {}

  /** The register's councils (columns code and name, found by header; other columns ignored). */
  static List<Council> loadRegister(Reader reader) throws IOException {
    List<Council> councils = new ArrayList<>();
    CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
    for (CSVRecord record : format.parse(reader)) {
      councils.add(new Council(record.get("code"), record.get("name")));
    }
    return List.copyOf(councils);
  }

  /**
   * Writes {@code copies} copies of the corpus under {@code root}; one expected row per council
   * of each copy (the twins of copy k >= 2 included).
   */
  static List<ExpectedRow> write(Path root, List<Council> register, int copies, long seed) throws IOException {
    List<ExpectedRow> expected = new ArrayList<>();
    for (int copy = 1; copy <= copies; copy++) {
      for (int i = 0; i < register.size(); i++) {
        Council council = register.get(i);
        Council answering = twin(council, copy);
        // The register council's draws, so every copy has the same mix of layouts and statuses.
        Random choice = HandMadeSample.random(seed, council);
        int roll = choice.nextInt(100);
        Layout layout = Layout.values()[choice.nextInt(Layout.values().length)];
        // Distinct per council (7919 is prime to 9000), so names like response-1234.csv never collide.
        int ref = 1000 + (int) ((i * 7919L) % 9000);
        int nilKind = choice.nextInt(3);
        if (roll < 3) {
          expected.add(letters(root, answering, copy, "FOI {ref} response", ref, nilKind, ResponseStatus.NIL_RETURN));
        } else if (roll < 5) {
          expected.add(letters(root, answering, copy, "FOI {ref} refusal", ref, nilKind % 2, ResponseStatus.REFUSED));
        } else if (roll < 8) {
          expected.add(ExpectedRow.noResponse(answering));
        } else {
          Random random = HandMadeSample.random(seed + copy, council);
          expected.add(responded(root, answering, copy, layout, ref, random));
        }
      }
    }
    Office.delimited(root.resolve("manifest.csv"), StandardCharsets.UTF_8, false, CSVFormat.DEFAULT,
        List.of(List.of("file", "authority", "status", "note")));
    return expected;
  }

  /** The council answering in copy {@code copy}: the register's own in copy 1, else its twin. */
  static Council twin(Council council, int copy) {
    return copy == 1 ? council
        : new Council(twinCode(council.code(), copy), "Bench" + letters(copy) + " " + council.name());
  }

  /**
   * A twin's code: a code of the register's shape (some answers are named by their council's
   * code), its type digits 20 + the copy, which no register council uses (E06..E10, S12, W06,
   * N09), followed by the council's own type digits and serial (E06000045 -> E22060045 in copy 2);
   * Northern Ireland's old codes (95A) become N&lt;20+copy&gt;9500&lt;the letter's number&gt;.
   */
  static String twinCode(String code, int copy) {
    if (copy > 79) {
      throw new IllegalArgumentException("a bench corpus has at most 79 copies (twin codes take"
          + " the type digits 21..99), got " + copy);
    }
    String type = Integer.toString(20 + copy);
    if (code.matches("[EWSN]\\d{2}00\\d{4}")) {
      return code.charAt(0) + type + code.substring(1, 3) + code.substring(5);
    }
    if (code.matches("95[A-Z]")) {
      return "N" + type + "9500" + String.format("%02d", code.charAt(2) - 'A');
    }
    throw new IllegalArgumentException("register code '" + code + "' is neither a GSS code with a"
        + " serial below 10000 (E06000045) nor an old Northern Ireland code (95A)");
  }

  /** 2 -> "b", 26 -> "z", 27 -> "ba": a name token with no digits, as council names have. */
  private static String letters(int copy) {
    StringBuilder s = new StringBuilder();
    for (int n = copy - 1; ; n = n / 26) {
      s.insert(0, (char) ('a' + n % 26));
      if (n < 26) {
        return s.toString();
      }
    }
  }

  /**
   * The job's register ({@code register.csv} of the reference folder, all columns) with the twins
   * of copies 2..N of the corpus councils added: each a copy of its council's row under the
   * twin's code and name, no aliases, its lineage codes twinned where the twin exists.
   */
  static void twinRegister(Reader register, List<Council> corpus, int copies, Path out) throws IOException {
    CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
    List<List<String>> lines = new ArrayList<>();
    List<CSVRecord> records = format.parse(register).getRecords();
    List<String> header = records.isEmpty() ? List.of() : records.get(0).getParser().getHeaderNames();
    lines.add(header);
    java.util.Set<String> twinned = new java.util.HashSet<>();
    corpus.forEach(c -> twinned.add(c.code()));
    for (CSVRecord r : records) {
      lines.add(r.toList());
    }
    for (int copy = 2; copy <= copies; copy++) {
      for (CSVRecord r : records) {
        if (!twinned.contains(r.get("code"))) {
          continue;
        }
        Council twin = twin(new Council(r.get("code"), r.get("name")), copy);
        List<String> row = new ArrayList<>();
        for (String column : header) {
          String value = r.get(column);
          row.add(switch (column) {
            case "code" -> twin.code();
            case "name" -> twin.name();
            case "aliases" -> "";
            case "predecessors", "successors", "other_codes" -> twinCodes(value, twinned, copy);
            default -> value;
          });
        }
        lines.add(row);
      }
    }
    Office.delimited(out, StandardCharsets.UTF_8, false, CSVFormat.DEFAULT.builder().setRecordSeparator('\n').get(),
        lines);
  }

  private static String twinCodes(String codes, java.util.Set<String> twinned, int copy) {
    return java.util.Arrays.stream(codes.split("\\|")).filter(twinned::contains)
        .map(c -> twinCode(c, copy)).collect(java.util.stream.Collectors.joining("|"));
  }

  private static ExpectedRow responded(Path root, Council council, int copy, Layout layout, int ref, Random random)
      throws IOException {
    String file = copyDir(copy) + "/" + layout.fileName(council, ref);
    Path path = root.resolve(file);
    Files.createDirectories(path.getParent());
    Written written = layout.writer.write(path, council, Breaches.generate(random, 5 + random.nextInt(36)), random);
    return new ExpectedRow(council, ResponseStatus.RESPONDED, written.breaches(), written.lowerBound(),
        written.excludedRows(), file);
  }

  private static ExpectedRow letters(Path root, Council council, int copy, String stem, int ref, int kind,
      ResponseStatus status) throws IOException {
    String extension = kind == 0 ? ".txt" : kind == 1 ? ".docx" : ".xlsx";
    String file = copyDir(copy) + "/" + council.name() + " " + stem.replace("{ref}", Integer.toString(ref)) + extension;
    Path path = root.resolve(file);
    Files.createDirectories(path.getParent());
    if (status == ResponseStatus.NIL_RETURN) {
      switch (kind) {
        case 0 -> Letters.nilText(path, council);
        case 1 -> Letters.nilWord(path, council);
        default -> Letters.nilWorkbook(path);
      }
    } else if (kind == 0) {
      Letters.refusalNotHeld(path, council);
    } else {
      Letters.refusalCostLimit(path, council);
    }
    return status == ResponseStatus.NIL_RETURN ? ExpectedRow.nil(council, file) : ExpectedRow.refused(council, file);
  }

  private static String copyDir(int copy) {
    return String.format("copy-%03d", copy);
  }
}
