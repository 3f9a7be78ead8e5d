package uk.breachreport.core.ingest;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * A workbook read from the entries the zip scan kept, without OPCPackage, gives what POI's own
 * reading gives: the same sheets, rows and skipped sheets, for the forms POI resolves (Strict
 * namespaces, hidden sheets, 1904 dates, parts at unusual paths); what it does not claim to read
 * as POI does is left to POI; the scan that keeps entries refuses what the plain scan refused.
 */
class OfficePackageTest {

  @Test
  void aStrictWorkbookIsReadWithoutPoisPackageAndAsPoiReadsIt() throws Exception {
    byte[] strict = Files.readAllBytes(FormatsTest.POI.resolve("sample.strict.xlsx"));
    assertPlain(strict);
    CollectingSink sink = sameAsPoi(strict);
    assertEquals(List.of("Sheet1", "rich test", "Sheet3"), sink.sheets);
  }

  @Test
  void hiddenAndVeryHiddenSheetsAreFoundInTheWorkbookPart() throws Exception {
    byte[] bytes = workbook(wb -> {
      wb.setSheetHidden(1, true);
      wb.setSheetVisibility(2, SheetVisibility.VERY_HIDDEN);
    });
    List<XlsxReader.Sheet> sheets = assertPlain(bytes).sheets();
    assertEquals(List.of(new XlsxReader.Sheet("Log", "/xl/worksheets/sheet1.xml", null),
        new XlsxReader.Sheet("Lists", "/xl/worksheets/sheet2.xml", XlsxReader.HIDDEN),
        new XlsxReader.Sheet("Working", "/xl/worksheets/sheet3.xml", XlsxReader.VERY_HIDDEN)),
        sheets);
    CollectingSink sink = sameAsPoi(bytes);
    assertEquals(List.of("Lists: hidden sheet", "Working: very hidden sheet"), sink.skipped);
  }

  @Test
  void aWorkbookInThe1904DateSystemGivesItsOwnDates() throws Exception {
    byte[] in1904 = workbook(wb -> wb.getCTWorkbook().getWorkbookPr().setDate1904(true));
    byte[] in1900 = workbook(wb -> { });
    assertEquals(true, assertPlain(in1904).date1904());
    assertNotEquals(RawZip.entries(in1900).stream().filter(e -> e.name().endsWith("sheet1.xml"))
        .findFirst().orElseThrow().text(), RawZip.entries(in1904).stream()
        .filter(e -> e.name().endsWith("sheet1.xml")).findFirst().orElseThrow().text(),
        "the same day is a different serial number in the 1904 system");
    assertEquals(List.of("2012-06-05", "Letter sent to the wrong address"),
        sameAsPoi(in1904).rows.get(1).cells());
    assertEquals(List.of("2012-06-05", "Letter sent to the wrong address"),
        sameAsPoi(in1900).rows.get(1).cells());
  }

  @Test
  void partsAreFoundWhereTheRelationshipsSayEvenAtUnusualPaths() throws Exception {
    byte[] plain = workbook(wb -> { });
    // The first sheet's XML in sheet2.xml and the other way round, by absolute targets; the
    // shared strings in a folder of their own, found by their content type.
    byte[] moved = rename(plain, Map.of("xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml",
        "xl/worksheets/sheet2.xml", "xl/worksheets/sheet1.xml",
        "xl/sharedStrings.xml", "xl/strings/shared.xml"));
    moved = RawZip.editText(moved, "xl/_rels/workbook.xml.rels", rels -> rels
        .replace("Target=\"worksheets/sheet1.xml\"", "Target=\"/xl/worksheets/TEMP\"")
        .replace("Target=\"worksheets/sheet2.xml\"", "Target=\"/xl/worksheets/sheet1.xml\"")
        .replace("/xl/worksheets/TEMP", "/xl/worksheets/sheet2.xml")
        .replace("Target=\"sharedStrings.xml\"", "Target=\"strings/../strings/shared.xml\""));
    moved = RawZip.editText(moved, "[Content_Types].xml",
        types -> types.replace("/xl/sharedStrings.xml", "/xl/strings/shared.xml"));
    List<XlsxReader.Sheet> sheets = assertPlain(moved).sheets();
    assertEquals("/xl/worksheets/sheet2.xml", sheets.get(0).part());
    CollectingSink sink = sameAsPoi(moved);
    assertEquals(List.of("Log", "Lists", "Working"), sink.sheets);
    assertEquals(List.of("Date", "Description"), sink.rows.get(0).cells());
    assertEquals(List.of("Category", "Outcome"), sink.rows.get(2).cells());
  }

  @Test
  void entriesTheScanDidNotKeepAreInflatedAgainFromTheZip() throws Exception {
    byte[] bytes = workbook(wb -> { });
    OfficePackage nothingKept = ZipScan.scan(bytes, IngestLimits.DEFAULT, 0);
    CollectingSink sink = new CollectingSink();
    XlsxReader.read(nothingKept, sink, IngestLimits.DEFAULT);
    CollectingSink poi = poi(bytes);
    assertEquals(poi.sheets, sink.sheets);
    assertEquals(poi.rows, sink.rows);
  }

  @Test
  void aPackageWithAnOddPartNameIsLeftToPoiWithPoisOutcome() throws Exception {
    // POI refuses the escaped name as corrupt; the plain reader would not have: so POI decides.
    for (String name : List.of("xl/media/logo%20file.xml", "xl/media/logo file.xml")) {
      List<RawZip.Entry> entries = new ArrayList<>(RawZip.entries(workbook(wb -> { })));
      entries.add(RawZip.Entry.deflated(name, "<x/>"));
      byte[] odd = RawZip.write(entries);
      OfficePackage scanned = ZipScan.scan(odd, IngestLimits.DEFAULT, Long.MAX_VALUE);
      assertThrows(OfficePackage.NotPlain.class, scanned::parts);
      assertEquals(outcome(() -> poi(odd)), outcome(() -> {
        CollectingSink sink = new CollectingSink();
        DocumentReader.read("answer.xlsx", odd, sink);
        return sink;
      }), name);
    }
    byte[] escaped = RawZip.write(RawZip.entries(workbook(wb -> { })).stream()
        .map(e -> e.name().equals("xl/styles.xml")
            ? new RawZip.Entry("xl/styles%20.xml", e.method(), e.crc(), e.size(), e.data()) : e)
        .toList());
    assertEquals("reject: corrupt .xlsx workbook: IllegalArgumentException: partName",
        outcome(() -> {
          CollectingSink sink = new CollectingSink();
          DocumentReader.read("answer.xlsx", escaped, sink);
          return sink;
        }), "as POI refuses it");
  }

  @Test
  void corePropertiesPoiRefusesAreLeftToPoiWhichRefusesThem() throws Exception {
    byte[] plain = workbook(wb -> wb.getProperties().getCoreProperties().setTitle("Breaches"));
    String core = "docProps/core.xml";
    byte[] lang = RawZip.editText(plain, core, xml -> xml.replace("<dc:title>",
        "<dc:title xml:lang=\"en-GB\">"));
    byte[] date = RawZip.editText(plain, core, xml -> xml.replaceFirst(
        "(<dcterms:created[^>]*>)[^<]*", "$1Tuesday"));
    byte[] untyped = RawZip.editText(plain, core, xml -> xml.replaceFirst(
        "<dcterms:created xsi:type=\"dcterms:W3CDTF\">", "<dcterms:created>"));
    for (byte[] odd : List.of(lang, date, untyped)) {
      assertLeftToPoiWhichRefuses(odd, "reject: corrupt .xlsx workbook: InvalidFormatException: ");
    }
    assertPlain(plain);
  }

  @Test
  void packagesBreakingOpcRulesPoiEnforcesAreLeftToPoiWhichRefusesThem() throws Exception {
    byte[] plain = workbook(wb -> { });
    List<RawZip.Entry> entries = new ArrayList<>(RawZip.entries(plain));
    entries.add(RawZip.Entry.deflated("xl/workbook.xml/inside.xml", "<x/>"));
    byte[] partInsidePart = RawZip.write(entries); // rule M1.11
    byte[] twoCoreProperties = RawZip.editText(plain, "_rels/.rels", rels -> rels.replace(
        "</Relationships>", "<Relationship Id=\"rId99\" Type=\"http://schemas.openxmlformats.org"
            + "/package/2006/relationships/metadata/core-properties\" Target=\"docProps/core.xml\"/>"
            + "</Relationships>")); // rule M4.1
    for (byte[] odd : List.of(partInsidePart, twoCoreProperties)) {
      assertLeftToPoiWhichRefuses(odd, "reject: corrupt .xlsx workbook: ");
    }
  }

  /** Not read here: read by POI, which rejects it with the reason it always gave. */
  private static void assertLeftToPoiWhichRefuses(byte[] odd, String reject) throws Exception {
    OfficePackage scanned = ZipScan.scan(odd, IngestLimits.DEFAULT, Long.MAX_VALUE);
    assertThrows(OfficePackage.NotPlain.class, scanned::parts);
    String read = outcome(() -> {
      CollectingSink sink = new CollectingSink();
      DocumentReader.read("answer.xlsx", odd, sink);
      return sink;
    });
    assertEquals(outcome(() -> poi(odd)), read);
    assertTrue(read.startsWith(reject), read);
  }

  private interface Read {
    CollectingSink read() throws Exception;
  }

  private static String outcome(Read read) {
    try {
      CollectingSink sink = read.read();
      return sink.sheets + " " + sink.rows + " " + sink.skipped;
    } catch (Exception e) {
      return "reject: " + e.getMessage();
    }
  }

  @Test
  void theScanThatKeepsEntriesRefusesWhatTheCheckRefuses() {
    byte[] bomb = HostileFiles.withEntry(HostileFiles.workbook(), HostileFiles.sheetBomb(), false);
    byte[] doctype = RawZip.editText(HostileFiles.workbook(), HostileFiles.SHEET,
        xml -> xml.replaceFirst("\\?>", "?><!DOCTYPE worksheet>"));
    for (byte[] hostile : List.of(bomb, doctype)) {
      String checked = assertThrows(UnreadableFileException.class,
          () -> ZipScan.scan(hostile, IngestLimits.DEFAULT, 0)).getMessage();
      String kept = assertThrows(UnreadableFileException.class,
          () -> ZipScan.scan(hostile, IngestLimits.DEFAULT, Long.MAX_VALUE)).getMessage();
      assertEquals(checked, kept);
      assertEquals(checked, assertThrows(UnreadableFileException.class,
          () -> DocumentReader.read("log.xlsx", hostile, new CollectingSink())).getMessage());
    }
    assertEquals("looks like a zip bomb: entry 'xl/worksheets/sheet1.xml' expands more than 100"
        + " times its compressed size (limit)", assertThrows(UnreadableFileException.class,
            () -> ZipScan.scan(bomb, IngestLimits.DEFAULT, Long.MAX_VALUE)).getMessage());
    assertEquals("refused: entry 'xl/worksheets/sheet1.xml' declares an XML DOCTYPE, which Office"
        + " never writes and which could make the reader fetch local files or expand entities"
        + " without end", assertThrows(UnreadableFileException.class,
            () -> ZipScan.scan(doctype, IngestLimits.DEFAULT, Long.MAX_VALUE)).getMessage());
  }

  @Test
  void relationshipTargetsResolveAgainstTheirSourcesFolder() throws Exception {
    assertEquals("/xl/worksheets/sheet1.xml",
        OfficePackage.resolve("/xl/workbook.xml", "worksheets/sheet1.xml"));
    assertEquals("/xl/worksheets/sheet1.xml",
        OfficePackage.resolve("/xl/workbook.xml", "/xl/worksheets/sheet1.xml"));
    assertEquals("/docProps/app.xml", OfficePackage.resolve("/xl/workbook.xml", "../docProps/app.xml"));
    assertEquals("/xl/workbook.xml", OfficePackage.resolve("/", "xl/workbook.xml"));
    assertThrows(OfficePackage.NotPlain.class,
        () -> OfficePackage.resolve("/xl/workbook.xml", "sheet%201.xml"));
    assertThrows(OfficePackage.NotPlain.class, () -> OfficePackage.resolve("/", "../x.xml"));
  }

  /** The package is read without POI: its parts resolve. */
  private static XlsxReader.Workbook assertPlain(byte[] bytes) {
    return assertDoesNotThrow(() -> XlsxReader.Workbook.of(
        ZipScan.scan(bytes, IngestLimits.DEFAULT, Long.MAX_VALUE).transitional().parts()));
  }

  /** What DocumentReader gives, checked against POI's own reading of the same bytes. */
  private static CollectingSink sameAsPoi(byte[] bytes) throws Exception {
    CollectingSink sink = new CollectingSink();
    DocumentReader.read("answer.xlsx", bytes, sink);
    CollectingSink poi = poi(bytes);
    assertEquals(poi.sheets, sink.sheets);
    assertEquals(poi.rows, sink.rows);
    assertEquals(poi.skipped, sink.skipped);
    return sink;
  }

  private static CollectingSink poi(byte[] bytes) throws UnreadableFileException {
    CollectingSink poi = new CollectingSink();
    XlsxReader.readWithPoi(bytes, poi, IngestLimits.DEFAULT, XlsxReader.IN_MEMORY_BYTES);
    return poi;
  }

  private static byte[] rename(byte[] zip, Map<String, String> names) {
    List<RawZip.Entry> entries = new ArrayList<>();
    for (RawZip.Entry e : RawZip.entries(zip)) {
      entries.add(new RawZip.Entry(names.getOrDefault(e.name(), e.name()), e.method(), e.crc(),
          e.size(), e.data()));
    }
    return RawZip.write(entries);
  }

  /** Three sheets, a date and text in the first, a change made before the date is written. */
  private static byte[] workbook(Consumer<XSSFWorkbook> change) throws IOException {
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      for (String name : List.of("Log", "Lists", "Working")) {
        Row row = wb.createSheet(name).createRow(0);
        row.createCell(0).setCellValue(name.equals("Log") ? "Date" : "Category");
        row.createCell(1).setCellValue(name.equals("Log") ? "Description" : "Outcome");
      }
      change.accept(wb);
      CellStyle date = wb.createCellStyle();
      date.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
      Row log = wb.getSheet("Log").createRow(1);
      log.createCell(0).setCellValue(LocalDate.of(2012, 6, 5));
      log.getCell(0).setCellStyle(date);
      log.createCell(1).setCellValue("Letter sent to the wrong address");
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      wb.write(out);
      return out.toByteArray();
    }
  }
}
