package uk.breachreport.core.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import uk.breachreport.core.answer.AnswerParser;

/**
 * Every reader is held to the same sheet limits, here made tiny (5 columns, 10 rows, 50
 * characters a cell) so the files over them are small; a file at a limit is still read.
 */
class IngestLimitsTest {

  private static final IngestLimits TINY =
      new IngestLimits(100_000, 5, 10, 50, 0.01, 1 << 20, 2 << 20, 1_000);

  /** Each format, its file name and the name its table's rows arrive under in a reason. */
  static Stream<Arguments> formats() {
    return Stream.of(
        Arguments.of("log.xlsx", (Function<String[][], byte[]>) HostileFiles::workbook, "sheet 'Breaches' "),
        Arguments.of("log.xls", (Function<String[][], byte[]>) HostileFiles::legacyWorkbook, "sheet 'Breaches' "),
        Arguments.of("log.docx", (Function<String[][], byte[]>) HostileFiles::document, "sheet 'Table 1' "),
        Arguments.of("log.csv", (Function<String[][], byte[]>) IngestLimitsTest::csv, ""));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("formats")
  void tenRowsAreRead(String file, Function<String[][], byte[]> write, String where) throws Exception {
    CollectingSink sink = new CollectingSink();
    DocumentReader.read(file, write.apply(table(10, 5, "x")), sink, TINY);
    assertEquals(10, sink.rows.stream().filter(r -> r.cells().size() == 5).count());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("formats")
  void elevenRowsAreTooLong(String file, Function<String[][], byte[]> write, String where) {
    String place = where.isEmpty() ? "the file " : where;
    assertEquals("too long: " + place + "has more than 10 rows (limit per sheet)",
        reason(file, write.apply(table(11, 5, "x"))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("formats")
  void aSixthColumnIsTooWide(String file, Function<String[][], byte[]> write, String where) {
    String[][] rows = table(3, 6, "x");
    rows[0][5] = "";
    assertEquals("too wide: " + where + "row 2 has a value in column F (6), beyond the 5 columns limit",
        reason(file, write.apply(rows)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("formats")
  void aCellOfFiftyOneCharactersIsTooLong(String file, Function<String[][], byte[]> write,
      String where) {
    String[][] rows = table(3, 3, "x");
    rows[2][1] = "y".repeat(51);
    assertEquals("cell too long: " + where + "row 3 column B (2) holds 51 characters, over the"
        + " limit of 50" + (file.endsWith(".csv") ? " (in a CSV, usually a quote left open)" : ""),
        reason(file, write.apply(rows)));
  }

  @Test
  void aLineOfProseIsACellToo() {
    byte[] letter = ("We hold no information.\n" + "z".repeat(51) + "\n").getBytes(StandardCharsets.UTF_8);
    assertEquals("cell too long: row 2 column A (1) holds 51 characters, over the limit of 50",
        reason("letter.txt", letter));
  }

  @Test
  void blankCellsBeyondTheLastColumnAreDropped() throws Exception {
    CollectingSink sink = new CollectingSink();
    DocumentReader.read("log.csv", "a,b,,,,,,,,\nc,d,,,,,,,,\n".getBytes(StandardCharsets.UTF_8), sink, TINY);
    assertEquals(2, sink.rows.size());
  }

  @Test
  void aBlankCellFarRightInAWorkbookFillsNothing() throws Exception {
    byte[] xlsx = HostileFiles.withSheetRow(
        "<row r=\"9\"><c r=\"A9\" t=\"inlineStr\"><is><t>kept</t></is></c>"
            + "<c r=\"XFD9\" t=\"inlineStr\"><is><t></t></is></c></row>");
    CollectingSink sink = new CollectingSink();
    DocumentReader.read("log.xlsx", xlsx, sink);
    assertEquals(java.util.List.of("kept"), sink.rows.get(3).cells());
  }

  @Test
  void rowsAreCountedPerSheet() throws Exception {
    try (org.apache.poi.xssf.usermodel.XSSFWorkbook wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook()) {
      for (String name : new String[] {"2011-12", "2012-13"}) {
        org.apache.poi.ss.usermodel.Sheet sheet = wb.createSheet(name);
        for (int r = 0; r < 8; r++) {
          sheet.createRow(r).createCell(0).setCellValue("row " + r);
        }
      }
      java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
      wb.write(out);
      CollectingSink sink = new CollectingSink();
      DocumentReader.read("log.xlsx", out.toByteArray(), sink, TINY);
      assertEquals(16, sink.rows.size());
    }
  }

  @Test
  void aFileOverTheSizeLimitIsNotOpened() {
    assertEquals("too large: 100,001 bytes, over the limit of 100,000 bytes per file",
        reason("log.csv", new byte[100_001]));
  }

  @Test
  void aFileListedOverTheSizeLimitIsARejectBeforeReading() {
    uk.breachreport.core.model.FileResult result = AnswerParser.tooLarge("dump.csv", 3L << 30);
    assertEquals(uk.breachreport.core.model.FileOutcome.REJECTED, result.outcome());
    assertEquals("too large: 3,221,225,472 bytes, over the limit of 536,870,912 bytes per file",
        result.reason());
  }

  @Test
  void limitsAreValidated() {
    assertEquals("maxColumns must be positive, got 0", assertThrows(IllegalArgumentException.class,
        () -> new IngestLimits(9, 0, 10, 20, 0.01, 1, 1, 1)).getMessage());
    assertEquals("minInflateRatio must be between 0 and 1 (0.01 = 100:1), got 1.5",
        assertThrows(IllegalArgumentException.class,
            () -> new IngestLimits(9, 5, 10, 20, 1.5, 1, 1, 1)).getMessage());
    assertEquals("maxUncompressedBytes (1) must be at least maxEntryBytes (2)",
        assertThrows(IllegalArgumentException.class,
            () -> new IngestLimits(9, 5, 10, 20, 0.01, 2, 1, 1)).getMessage());
    assertEquals("maxFileBytes and maxEntryBytes must fit in one Java array (< 2 GiB): a file and"
        + " a zip entry are held in memory; got 9 and 4294967296",
        assertThrows(IllegalArgumentException.class,
            () -> new IngestLimits(9, 5, 10, 20, 0.01, 1L << 32, 1L << 33, 1)).getMessage());
  }

  private static String reason(String file, byte[] bytes) {
    return assertThrows(UnreadableFileException.class,
        () -> DocumentReader.read(file, bytes, new CollectingSink(), TINY)).getMessage();
  }

  /** {@code rows} rows of {@code columns} cells: "Date", "Description", ... then {@code fill}. */
  static String[][] table(int rows, int columns, String fill) {
    String[][] table = new String[rows][columns];
    for (String[] row : table) {
      Arrays.fill(row, fill);
    }
    return table;
  }

  static byte[] csv(String[][] rows) {
    StringBuilder text = new StringBuilder();
    for (String[] row : rows) {
      text.append(String.join(",", row)).append('\n');
    }
    return text.toString().getBytes(StandardCharsets.UTF_8);
  }
}
