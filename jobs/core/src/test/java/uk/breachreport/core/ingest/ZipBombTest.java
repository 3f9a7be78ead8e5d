package uk.breachreport.core.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Zip bombs fail fast, by the scan and by POI's own guard, and each zip limit has its reason. */
class ZipBombTest {

  /** Checked up front so a slow machine cannot hide a reader that inflates a whole bomb. */
  private static final long FAST_NANOS = 2_000_000_000L;
  private static final long MIB = 1024 * 1024;
  /** Small limits, so files over them are quick to make. */
  private static final IngestLimits SMALL =
      new IngestLimits(64 * MIB, 1_000, 2_000_000, 32_767, 0.01, MIB, 2 * MIB, 50);

  static Stream<HostileFiles.Hostile> bombs() {
    return HostileFiles.all("file:///dev/null").stream().filter(h -> h.file().contains("zip-bomb"));
  }

  static Stream<Arguments> bombsBothWays() {
    return Stream.of(false, true).flatMap(descriptors -> Stream.of(
        Arguments.of("bomb.xlsx", descriptors), Arguments.of("bomb.docx", descriptors)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("bombs")
  void isRejectedInUnderTwoSeconds(HostileFiles.Hostile bomb) {
    byte[] bytes = bomb.bytes().get();
    long start = System.nanoTime();
    UnreadableFileException e = assertThrows(UnreadableFileException.class,
        () -> DocumentReader.read(bomb.file(), bytes, new CollectingSink()));
    long took = System.nanoTime() - start;
    assertEquals(bomb.reason(), e.getMessage());
    assertTrue(took < FAST_NANOS, "took " + took / 1_000_000 + " ms");
  }

  /**
   * Without the scan, POI refuses a bomb that declares its size before allocating (POI holds an
   * entry in one array, capped at {@code maxEntryBytes}), and one whose size only a data
   * descriptor after the data gives by its inflate-ratio guard; so does the guard of a workbook
   * too large to open from memory, which POI reads from a temporary file.
   */
  @ParameterizedTest(name = "{0}, sizes after the data: {1}")
  @MethodSource("bombsBothWays")
  void poiAloneAlsoStopsItFast(String file, boolean descriptors) {
    DocumentReader.guardPoi(IngestLimits.DEFAULT);
    boolean docx = file.endsWith(".docx");
    byte[] bytes = docx
        ? HostileFiles.withEntry(HostileFiles.document(), HostileFiles.documentBomb(), descriptors)
        : HostileFiles.withEntry(HostileFiles.workbook(), HostileFiles.sheetBomb(), descriptors);
    long start = System.nanoTime();
    UnreadableFileException e = assertThrows(UnreadableFileException.class, () -> {
      if (docx) {
        DocxReader.readWithPoi(bytes, new CollectingSink());
      } else {
        XlsxReader.readWithPoi(bytes, new CollectingSink(), IngestLimits.DEFAULT, XlsxReader.IN_MEMORY_BYTES);
      }
    });
    long took = System.nanoTime() - start;
    boolean fromFile = !docx && bytes.length > XlsxReader.IN_MEMORY_BYTES;
    assertTrue(e.getMessage().contains(descriptors || fromFile ? "Zip bomb detected"
        : "Tried to allocate an array of length 1,07"), e.getMessage());
    assertTrue(took < FAST_NANOS, "took " + took / 1_000_000 + " ms");
  }

  @Test
  void poiGuardsCarryTheLimits() throws Exception {
    DocumentReader.read("log.xlsx", HostileFiles.workbook(), new CollectingSink());
    assertEquals(0.01, ZipSecureFile.getMinInflateRatio());
    assertEquals(256 * MIB, ZipSecureFile.getMaxEntrySize());
    assertEquals(1_000, ZipSecureFile.getMaxFileCount());
  }

  @Test
  void anEntryOverTheSizeLimitIsRejectedWhateverItsRatio() {
    byte[] xlsx = HostileFiles.withEntry(HostileFiles.workbook(),
        RawZip.Entry.deflated(HostileFiles.SHEET, randomSheet(2 * MIB)), false);
    UnreadableFileException e = assertThrows(UnreadableFileException.class,
        () -> DocumentReader.read("log.xlsx", xlsx, new CollectingSink(), SMALL));
    assertEquals("looks like a zip bomb: entry 'xl/worksheets/sheet1.xml' expands beyond 1 MiB"
        + " (limit per entry)", e.getMessage());
  }

  @Test
  void entriesOverTheTotalLimitAreRejected() {
    List<RawZip.Entry> entries = new ArrayList<>(RawZip.entries(HostileFiles.workbook()));
    for (int i = 1; i <= 3; i++) {
      entries.add(RawZip.Entry.deflated("xl/media/image" + i + ".xml", randomSheet(900 * 1024)));
    }
    UnreadableFileException e = assertThrows(UnreadableFileException.class,
        () -> DocumentReader.read("log.xlsx", RawZip.write(entries), new CollectingSink(), SMALL));
    assertEquals("looks like a zip bomb: its entries expand beyond 2 MiB in total (limit)",
        e.getMessage());
  }

  @Test
  void aSmallEntryMayCompressWell() throws Exception {
    // Under 100 KB a ratio means nothing: an empty styles part compresses 50 to 1.
    RawZip.Entry sheet = DeflateBomb.entry(
        HostileFiles.SHEET, HostileFiles.sheetStart(), 90_000, "</sheetData></worksheet>");
    assertTrue(sheet.size() < ZipScan.RATIO_GRACE_BYTES, "small: " + sheet.size());
    assertTrue((double) sheet.data().length / sheet.size()
        < IngestLimits.DEFAULT.minInflateRatio(), "compresses beyond the bomb ratio: "
        + sheet.size() + " bytes from " + sheet.data().length);
    byte[] xlsx = HostileFiles.withEntry(HostileFiles.workbook(), sheet, false);
    CollectingSink sink = new CollectingSink();
    DocumentReader.read("log.xlsx", xlsx, sink);
    assertEquals(List.of("Breaches"), sink.sheets);
    assertEquals(List.of(), sink.rows, "the sheet holds only white space");
    assertEquals(List.of(), sink.skipped);
  }

  /** Sheet XML of random numbers: compresses about 3 to 1, far from any bomb. */
  static String randomSheet(long bytes) {
    Random random = new Random(bytes);
    StringBuilder xml = new StringBuilder(HostileFiles.sheetStart());
    for (int r = 1; xml.length() < bytes; r++) {
      xml.append("<row r=\"").append(r).append("\"><c r=\"A").append(r).append("\"><v>")
          .append(random.nextInt()).append("</v></c></row>");
    }
    return xml.append("</sheetData></worksheet>").toString();
  }
}
