package uk.breachreport.sample;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;

/**
 * The bundled sample: answers from 41 councils in every layout and quirk the pipeline must handle,
 * each with its known true total. Councils are embedded (code and canonical name from the 2011-2014
 * register) so the sample does not depend on any reference file.
 */
final class HandMadeSample {

  static final Council SOUTHAMPTON = new Council("E06000045", "Southampton City Council");
  static final Council LEICESTER = new Council("E06000016", "Leicester City Council");
  static final Council KENT = new Council("E10000016", "Kent County Council");
  static final Council LEICESTERSHIRE = new Council("E10000018", "Leicestershire County Council");
  static final Council DURHAM = new Council("E06000047", "Durham County Council");
  static final Council NEWCASTLE_UPON_TYNE = new Council("E08000021", "Newcastle upon Tyne City Council");
  static final Council NEWCASTLE_UNDER_LYME = new Council("E07000195", "Newcastle-under-Lyme Borough Council");
  static final Council EILEAN_SIAR = new Council("S12000013", "Comhairle nan Eilean Siar");
  static final Council HULL = new Council("E06000010", "Kingston upon Hull City Council");
  static final Council RICHMONDSHIRE = new Council("E07000166", "Richmondshire District Council");
  static final Council GLASGOW = new Council("S12000046", "Glasgow City Council");
  static final Council EDINBURGH = new Council("S12000036", "City of Edinburgh Council");
  static final Council FIFE = new Council("S12000015", "Fife Council");
  static final Council BIRMINGHAM = new Council("E08000025", "Birmingham City Council");
  static final Council MANCHESTER = new Council("E08000003", "Manchester City Council");
  static final Council BELFAST = new Council("95Z", "Belfast City Council");
  static final Council GWYNEDD = new Council("W06000002", "Gwynedd Council");
  static final Council BRISTOL = new Council("E06000023", "Bristol City Council");
  static final Council RYEDALE = new Council("E07000167", "Ryedale District Council");
  static final Council DERRY = new Council("95A", "Derry City Council");
  static final Council CRAVEN = new Council("E07000163", "Craven District Council");
  static final Council ESSEX = new Council("E10000012", "Essex County Council");
  static final Council WAKEFIELD = new Council("E08000036", "Wakefield Council");
  static final Council LEEDS = new Council("E08000035", "Leeds City Council");
  static final Council CARDIFF = new Council("W06000015", "Cardiff Council");
  static final Council SURREY = new Council("E10000030", "Surrey County Council");
  static final Council POWYS = new Council("W06000023", "Powys County Council");
  static final Council SWANSEA = new Council("W06000011", "City and County of Swansea");
  static final Council HACKNEY = new Council("E09000012", "London Borough of Hackney");
  static final Council BARNET = new Council("E09000003", "London Borough of Barnet");
  static final Council NOTTINGHAM = new Council("E06000018", "Nottingham City Council");
  static final Council NOTTINGHAMSHIRE = new Council("E10000024", "Nottinghamshire County Council");
  static final Council ABERDEEN = new Council("S12000033", "Aberdeen City Council");
  static final Council ABERDEENSHIRE = new Council("S12000034", "Aberdeenshire Council");
  static final Council LISBURN = new Council("95S", "Lisburn City Council");
  static final Council CORNWALL = new Council("E06000052", "Cornwall Council");
  static final Council ARMAGH = new Council("95O", "Armagh City and District Council");
  static final Council HAMBLETON = new Council("E07000164", "Hambleton District Council");
  static final Council HARROGATE = new Council("E07000165", "Harrogate Borough Council");
  static final Council SELBY = new Council("E07000169", "Selby District Council");
  static final Council TRAFFORD = new Council("E08000009", "Trafford Council");
  static final Council RUTLAND = new Council("E06000017", "Rutland County Council");

  /** Seeds the rejected incident table that names no council. */
  private static final Council NOBODY = new Council("-", "(no council)");

  /** A file in the sample and the quirk it shows, for data/SAMPLE.md. */
  record Note(String file, String council, String quirk) {}

  /** What writing the sample produced. */
  record Result(List<ExpectedRow> expected, List<Note> notes) {}

  private final Path root;
  private final long seed;
  private final List<ExpectedRow> expected = new ArrayList<>();
  private final List<Note> notes = new ArrayList<>();

  private HandMadeSample(Path root, long seed) {
    this.root = root;
    this.seed = seed;
  }

  static Result write(Path root, long seed) throws IOException {
    HandMadeSample sample = new HandMadeSample(root, seed);
    sample.writeAll();
    List<ExpectedRow> rows = sample.expected.stream().sorted(Comparator.comparing(r -> r.council().code())).toList();
    return new Result(rows, List.copyOf(sample.notes));
  }

  static Random random(long seed, Council council) {
    return new Random(seed * 1_000_003L + council.code().hashCode());
  }

  private List<Breach> breaches(Council council, int count) {
    return Breaches.generate(random(seed, council), count);
  }

  private void answer(Council council, String file, AnswerWriter writer, List<Breach> breaches, String quirk)
      throws IOException {
    Path path = root.resolve(file);
    Files.createDirectories(path.getParent());
    Written written = writer.write(path, council, breaches, random(seed + 1, council));
    expected.add(ExpectedRow.responded(council, written, file));
    notes.add(new Note(file, council.name(), quirk));
  }

  private void answer(Council council, String file, AnswerWriter writer, int count, String quirk) throws IOException {
    answer(council, file, writer, breaches(council, count), quirk);
  }

  private void writeAll() throws IOException {
    answer(SOUTHAMPTON, "southampton-city-council-foi-1234.xlsx", Logs::headerRow1, southampton(),
        "1. Incident log, header in row 1 (Date | Description | Type of breach | Children's data (Y/N) | Action taken"
            + " | Reported to ICO), real date cells; 53 breaches, one ex-employee prosecuted");
    answer(LEICESTER, "Leicester City Council - FOI 0412.xlsx", Logs::letterhead, 17,
        "2. Letterhead (name, address, FOI ref, merged title, blank rows) above the header in row 7; notes under"
            + " the table; hidden case-ref column A; one count cell is a formula (=1) with a cached value."
            + " Confusable with Leicestershire");
    answer(KENT, "kent-county-council-breaches-by-year.xlsx", Logs::sheetPerYear, 31,
        "3. One sheet per financial year (2011-12, 2012-13, 2013-14) plus a text-only Notes sheet");
    answer(LEICESTERSHIRE, "FOI_Leicestershire_County_Council.xls", Logs::xls, 22,
        "4. Old binary .xls (HSSF) with real date cells; underscores in the file name. Confusable with Leicester");
    answer(DURHAM, "Durham County Council response.xlsx", Logs::date1904, 14,
        "5. Workbook in the 1904 date system, real date cells; No. of data subjects column");
    answer(NEWCASTLE_UPON_TYNE, "E08000021 response.csv", Logs::csvBom, 19,
        "6. CSV, UTF-8 with BOM, quoted fields holding commas and line breaks, dates as text dd/mm/yyyy;"
            + " council known only by the GSS code in the file name. Confusable with Newcastle-under-Lyme");
    answer(NEWCASTLE_UNDER_LYME, "Newcastle-under-Lyme BC breaches.csv", Logs::csv1252, 12,
        "7. CSV in Windows-1252 with semicolons; £, é, ’ and – in descriptions; dates as text in mixed precision"
            + " (5 Jun 2012, June 2012, Q2 2012/13, 2012/13)");
    answer(EILEAN_SIAR, "Comhairle nan Eilean Siar.docx", Logs::wordLetter, 6,
        "8. Word letter (address, Dear..., answer) with the log as a table, then Yours sincerely");
    answer(HULL, "Kingston upon Hull City Council - data breaches.xlsx", Logs::totalsRow, 12,
        "9. Log ending in a Total row (Total | 12) that must not be counted; counts stored as text");
    answer(RICHMONDSHIRE, "Richmondshire District Council breaches.txt", Logs::tabText, 5,
        "10. Tab-separated text log. Confusable with Richmond upon Thames");
    answer(GLASGOW, "Glasgow City Council FOI 0412 summary.xlsx", Summaries::wide, 44,
        "11. Wide summary: type by 2011/12 | 2012/13 | 2013/14 | Total, Total row; all visible and consistent");
    answer(EDINBURGH, "City of Edinburgh Council - breaches summary.xlsx", Summaries::wideSuppressedWithTotal, 70,
        "12. Wide summary with <5 cells; the Total row and grand total are unsuppressed, so the council total is"
            + " exact (categories are lower bounds)");
    answer(FIFE, "Fife Council FOI response.xlsx", Summaries::wideSuppressedNoTotal, 60,
        "13. Wide summary with <5 cells and no total: breaches = visible cells, a lower bound");
    answer(BIRMINGHAM, "birmingham-city-council-foi-0412.xlsx", Summaries::wideTotalMismatch, 61,
        "14. Wide summary whose Total row overstates 2012/13 by 3: the breakdown counts, the mismatch is flagged");
    answer(MANCHESTER, "Manchester City Council breaches by year and type.csv", Summaries::longCsv, 48,
        "15. Long-format summary CSV: Year | Type | Number");
    answer(BELFAST, "northern-ireland/Belfast City Council.xlsx", Summaries::yearTotals, 9,
        "16. Year totals: Financial year | Number of breaches, with a Total row; in a subfolder");
    answer(GWYNEDD, "wales/gwynedd-council-foi-response.docx", Summaries::typeTotalsWord, 11,
        "17. Word letter with a by-type table for the whole period (no years) and a Total row");
    answer(BRISTOL, "Bristol City Council FOI 0412 breaches.xlsx", Logs::headerRow1, bristol(),
        "18. Log with rows outside the period (2010-11-03, 2011-03-31, 2014-04-01, 2014-05-20: excluded) and on"
            + " its edges (2011-04-01, 2014-03-31: counted)");
    answer(SWANSEA, "wales/City and County of Swansea FOI 2014-0412.xlsx", Logs::yesNoSpellings, 20,
        "24. Involves-children and reported-to-ICO columns spelled Y, yes, x, TRUE (text and boolean), 1, N, no,"
            + " 0, blank; people affected; outcomes from NFA to prosecuted under s.55");
    answer(HACKNEY, "London Borough of Hackney - breaches.xlsx", Logs::subtotals, 24,
        "Log with a Sub-total row after each financial year and a grand Total row, none to be counted");
    answer(BARNET, "London Borough of Barnet breach register.xlsm", Logs::xlsm, 18,
        "Macro-enabled workbook (.xlsm) holding a plain log");
    answer(NOTTINGHAM, "nottingham-city-council-foi-0412.csv", Logs::csvIso, 15,
        "Plain CSV with ISO dates (2012-06-05). Confusable with Nottinghamshire");
    answer(NOTTINGHAMSHIRE, "Nottinghamshire County Council year totals.csv", Summaries::yearTotalsCsv, 26,
        "Year totals CSV with years written out (April 2011 - March 2012) and a Total row");
    answer(ABERDEEN, "Aberdeen City Council FOI response.docx", Logs::wordTable, 8,
        "Word document that is only a table, no letter. Confusable with Aberdeenshire");
    answer(ABERDEENSHIRE, "Aberdeenshire Council breaches.xlsx", Summaries::transposed, 23,
        "Transposed summary: rows are years (2011-12), columns are types, with a Total column");
    answer(LISBURN, "northern-ireland/Lisburn City Council breaches.xlsx", Logs::monthText, 7,
        "Log dated only by month, as text (June 2012)");
    answer(CORNWALL, "Cornwall Council FOI 0412.xlsx", Logs::coverSheet, 21,
        "Cover-letter sheet first; the log is on the second sheet, Data");
    answer(ARMAGH, "northern-ireland/Armagh City and District Council.xlsx", Logs::offsetTable, 10,
        "Table starting at B3; some rows without a description (type only, or nothing: UNSPECIFIED)");
    answer(HAMBLETON, "Hambleton District Council - FOI 0412 letter.pdf", Forms::pdfLetter, 13,
        "PDF letter (text layer) with the log as a table laid out by position, read into the same columns as a"
            + " workbook");
    answer(HARROGATE, "RE- FOI 0412 data breaches.eml", Forms::emailWithWorkbook, 15,
        "E-mail saved as .eml: a quoted-printable covering note naming the council, the log attached as"
            + " breaches.xlsx (base64), which names nobody and is read as the council's answer"
            + " (RE- FOI 0412 data breaches.eml!/breaches.xlsx)");
    answer(SELBY, "Selby District Council FOI response.doc", Forms::docYearTotals, 25,
        "Word 97 .doc letter with a table of year totals kept only from 2012/13");
    answer(TRAFFORD, "Trafford Council breaches summary.ods", Forms::odsSummary, 34,
        "OpenDocument spreadsheet (.ods): type by year with Total row and column, padded to a million rows");

    nil(RYEDALE, "Ryedale District Council FOI response.txt", f -> Letters.nilText(f, RYEDALE),
        "19. Nil return as text: has no record of any data protection breaches");
    nil(DERRY, "northern-ireland/Derry City Council - FOI reply.docx", f -> Letters.nilWord(f, DERRY),
        "19. Nil return as a Word letter: recorded no data protection breaches");
    nil(CRAVEN, "Craven District Council FOI response.xlsx", Letters::nilWorkbook,
        "19. Nil return as a workbook holding only \"None\" in A1");
    refused(ESSEX, "Essex County Council - FOI 0412 refusal.docx", f -> Letters.refusalCostLimit(f, ESSEX),
        "20. Refusal, Word letter citing section 12 (cost limit)");
    refused(WAKEFIELD, "Wakefield Council response.txt", f -> Letters.refusalNotHeld(f, WAKEFIELD),
        "20. Refusal as text: not held in the form requested");

    answer(LEEDS, "FOI-2014-0412-response.xlsx", Logs::headerRow1, 27,
        "21. File name and content name no council: resolved only by manifest.csv");
    answer(CARDIFF, "response.csv", Logs::csvLetterhead, 16,
        "21. File name says nothing and the manifest does not list it: the council is named only in the first"
            + " line (letterhead), above a blank line and the header");

    expected.add(ExpectedRow.refused(SURREY, ""));
    notes.add(new Note("(manifest.csv)", SURREY.name(), "22. Refused by e-mail: a manifest row with no file, status refused"));
    expected.add(ExpectedRow.noResponse(POWYS));
    notes.add(new Note("(manifest.csv)", POWYS.name(), "22. No response: a manifest row with no file, status no_response"));
    Office.delimited(root.resolve("manifest.csv"), StandardCharsets.UTF_8, false, CSVFormat.DEFAULT, List.of(
        List.of("file", "authority", "status", "note"),
        List.of("FOI-2014-0412-response.xlsx", LEEDS.code(), "", "Sent under our request reference only"),
        List.of("", SURREY.name(), "refused", "Refused by e-mail on 2 May 2014, section 12 (cost limit)"),
        List.of("", POWYS.code(), "no_response", "No reply after internal review request")));
    notes.add(new Note("manifest.csv", "", "22. Manifest: file,authority,status,note; names Leeds' file, Surrey's e-mailed refusal"
        + " (by name) and Powys' silence (by code)"));

    Letters.scannedPdf(root.resolve("scan-of-letter.pdf"));
    notes.add(new Note("scan-of-letter.pdf", "", "23. Reject: a PDF with no text layer (a scan)"));
    Logs.headerRow1(root.resolve("data.xlsx"), NOBODY, breaches(NOBODY, 8), random(seed + 1, NOBODY));
    notes.add(new Note("data.xlsx", "", "23. Reject: a real incident table (8 rows) but no council in the name, manifest or"
        + " content; its rows count nowhere"));
    Letters.textPretendingToBeWorkbook(root.resolve("breach-log-export.xlsx"));
    notes.add(new Note("breach-log-export.xlsx", "", "23. Reject: plain text saved with an .xlsx name"));

    writeTrust();
  }

  // ---- Trust (issue 12): an answer saved twice, an implausible answer held, the analyst's corrections ----

  private void writeTrust() throws IOException {
    String bristol = "Bristol City Council FOI 0412 breaches.xlsx";
    Files.copy(root.resolve(bristol), root.resolve("Copy of " + bristol));
    notes.add(new Note("Copy of " + bristol, BRISTOL.name(), "25. The same answer saved twice (identical"
        + " bytes): DUPLICATE of the original, Bristol counted once (22, not 44)"));

    String rutland = "Rutland County Council FOI 0412 year totals.csv";
    Office.delimited(root.resolve(rutland), StandardCharsets.UTF_8, false, CSVFormat.DEFAULT, List.of(
        List.of("Financial year", "Number of data protection breaches"),
        List.of("2011/12", "4"), List.of("2012/13", "48210"), List.of("2013/14", "6"),
        List.of("Total", "48220")));
    expected.add(ExpectedRow.held(RUTLAND, rutland));
    notes.add(new Note(rutland, RUTLAND.name(), "26. Implausible year totals (48,210 breaches in 2012/13 for"
        + " a population of about 37,000, likely a reference number typed in the count): HELD_FOR_REVIEW,"
        + " out of totals and rankings, listed in the report's quality appendix"));

    // Armagh's table starts at B3 and every fifth row from its fourth has no description: row 7.
    Office.delimited(root.resolve("corrections.csv"), StandardCharsets.UTF_8, false, CSVFormat.DEFAULT, List.of(
        List.of("authority", "file", "sheet", "row", "field", "value", "note"),
        List.of("", "northern-ireland/Armagh City and District Council.xlsx", "Sheet1", "7", "category",
            "SENT_TO_WRONG_RECIPIENT", "Armagh's FOI officer by phone: the entry with no description was a"
                + " letter sent to the wrong address")));
    notes.add(new Note("corrections.csv", "", "27. The analyst's corrections: sets the category of Armagh's"
        + " undescribed row 7 (UNSPECIFIED to SENT_TO_WRONG_RECIPIENT); totals unchanged"));
  }

  @FunctionalInterface
  private interface LetterWriter {
    void write(Path file) throws IOException;
  }

  private void nil(Council council, String file, LetterWriter writer, String quirk) throws IOException {
    letter(file, writer);
    expected.add(ExpectedRow.nil(council, file));
    notes.add(new Note(file, council.name(), quirk));
  }

  private void refused(Council council, String file, LetterWriter writer, String quirk) throws IOException {
    letter(file, writer);
    expected.add(ExpectedRow.refused(council, file));
    notes.add(new Note(file, council.name(), quirk));
  }

  private void letter(String file, LetterWriter writer) throws IOException {
    Path path = root.resolve(file);
    Files.createDirectories(path.getParent());
    writer.write(path);
  }

  /** 53 breaches, the one with a former employee's records taken ending in prosecution. */
  private List<Breach> southampton() {
    List<Breach> breaches = new ArrayList<>(breaches(SOUTHAMPTON, 53));
    int i = 31;
    breaches.set(i, breaches.get(i)
        .withDescription("Employee emailed service users' records to personal account before leaving", "Unauthorised disclosure")
        .withAction("Ex-employee prosecuted under s.55 Data Protection Act"));
    return breaches;
  }

  /** 20 breaches in the period, two on its edges, and four outside it. */
  private List<Breach> bristol() {
    List<Breach> generated = breaches(BRISTOL, 26);
    List<LocalDate> edges = List.of(
        LocalDate.of(2010, 11, 3), LocalDate.of(2011, 3, 31), LocalDate.of(2011, 4, 1),
        LocalDate.of(2014, 3, 31), LocalDate.of(2014, 4, 1), LocalDate.of(2014, 5, 20));
    List<Breach> breaches = new ArrayList<>(generated.subList(0, 20));
    for (int i = 0; i < edges.size(); i++) {
      breaches.add(generated.get(20 + i).withDate(edges.get(i)));
    }
    breaches.sort(Comparator.comparing(Breach::date));
    return breaches;
  }

  static Stream<Council> councils() {
    return Stream.of(SOUTHAMPTON, LEICESTER, KENT, LEICESTERSHIRE, DURHAM, NEWCASTLE_UPON_TYNE,
        NEWCASTLE_UNDER_LYME, EILEAN_SIAR, HULL, RICHMONDSHIRE, GLASGOW, EDINBURGH, FIFE, BIRMINGHAM,
        MANCHESTER, BELFAST, GWYNEDD, BRISTOL, RYEDALE, DERRY, CRAVEN, ESSEX, WAKEFIELD, LEEDS, CARDIFF,
        SURREY, POWYS, SWANSEA, HACKNEY, BARNET, NOTTINGHAM, NOTTINGHAMSHIRE, ABERDEEN, ABERDEENSHIRE,
        LISBURN, CORNWALL, ARMAGH, HAMBLETON, HARROGATE, SELBY, TRAFFORD, RUTLAND);
  }
}
