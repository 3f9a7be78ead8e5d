package uk.breachreport.core.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import uk.breachreport.core.answer.AnswerParser;
import uk.breachreport.core.model.FileOutcome;
import uk.breachreport.core.model.FileResult;
import uk.breachreport.core.model.SheetRow;

/**
 * Every form SPEC's Input lists is read into rows: the letter's words as the "Letter" sheet and a
 * table's cells as the workbook would give them; emails and zips give one answer per part.
 */
class FormatsTest {

  static final Path POI = Path.of("src/test/resources/formats/poi");
  static final List<String> HEADER = List.of("Date", "Description", "Action taken");
  static final List<List<String>> TABLE = List.of(HEADER,
      List.of("05/06/2012", "Email sent to wrong recipient", "Words of advice"),
      List.of("07/06/2012", "Letter sent to wrong address", "Training"));
  static final List<Float> XS = List.of(56f, 140f, 330f);

  @Test
  void aPdfTableLaidOutByPositionGivesTheWorkbooksRows() throws UnreadableFileException {
    byte[] pdf = FormatFiles.pdf(List.of(
        FormatFiles.PdfLine.text("Craven District Council"),
        FormatFiles.PdfLine.text("Dear requester, the breaches we recorded are below."),
        new FormatFiles.PdfLine(TABLE.get(0), XS),
        new FormatFiles.PdfLine(TABLE.get(1), XS),
        new FormatFiles.PdfLine(TABLE.get(2), XS),
        FormatFiles.PdfLine.text("Yours faithfully")));
    CollectingSink sink = read("letter.pdf", pdf);

    assertEquals(List.of("Letter", "Table 1"), sink.sheets);
    assertEquals(List.of(
        List.of("Craven District Council"),
        List.of("Dear requester, the breaches we recorded are below."),
        List.of("Yours faithfully"),
        HEADER, TABLE.get(1), TABLE.get(2)), cells(sink));
  }

  @Test
  void aPdfOfMoreLinesThanASheetMayHoldIsRejected() {
    byte[] pdf = FormatFiles.pdf(java.util.Collections.nCopies(40, FormatFiles.PdfLine.text("x")));
    IngestLimits limits = new IngestLimits(1 << 20, 100, 30, 1000, 0.01, 1 << 20, 1 << 20, 100);
    UnreadableFileException e = assertThrows(UnreadableFileException.class,
        () -> DocumentReader.read("long.pdf", pdf, new CollectingSink(), limits));
    assertEquals("too long: the PDF has more than 30 lines (limit per sheet)", e.getMessage());
  }

  @Test
  void aPdfWithoutATextLayerIsRejectedAsAScan() {
    assertReject("scan.pdf", FormatFiles.scannedPdf(), "a scan without a text layer");
  }

  @Test
  void anEncryptedPdfIsRejectedAsSuch() {
    assertReject("locked.pdf", FormatFiles.encryptedPdf(), HostileFiles.ENCRYPTED);
  }

  @Test
  void aWebPageGivesItsParagraphsAndEachTable() throws UnreadableFileException {
    String html = "<!DOCTYPE html><html><head><title>x</title><style>p{}</style></head><body>"
        + "<h1>Ryedale District Council</h1><p>Our answer&nbsp;to your request:</p>"
        + "<div>Figures<br>below</div>"
        + "<table><thead><tr><th>Year</th><th colspan=\"2\">Breaches</th><th>Note</th></tr></thead>"
        + "<tbody><tr><td>2012/13</td><td>4</td><td>lost</td><td><table><tr><td>in</td></tr>"
        + "</table></td></tr></tbody></table><p>Regards</p></body></html>";
    CollectingSink sink = read("answer.htm", html.getBytes(StandardCharsets.UTF_8));

    assertEquals(List.of("Letter", "Table 1", "Table 2"), sink.sheets);
    assertEquals(List.of(
        List.of("Ryedale District Council"), List.of("Our answer to your request:"),
        List.of("Figures"), List.of("below"), List.of("Regards"),
        List.of("Year", "Breaches", "", "Note"), List.of("2012/13", "4", "lost", "in"),
        List.of("in")), cells(sink));
  }

  @Test
  void anOdsGivesItsSheetWithoutItsMillionPaddingRows() throws UnreadableFileException {
    CollectingSink sink = read("summary.ods", FormatFiles.ods("Breaches",
        List.of(List.of("Year", "Breaches"), List.of("2012/13", "12"))));

    assertEquals(List.of("Breaches"), sink.sheets);
    assertEquals(List.of(List.of("Year", "Breaches"), List.of("2012/13", "12")), cells(sink));
  }

  @Test
  void anOdsRowRepeatedWithTextIsRepeatedAndAForgedRepeatStopsAtTheLimit() {
    String repeated = "<office:spreadsheet><table:table table:name=\"S\">"
        + "<table:table-row table:number-rows-repeated=\"2000000000\">"
        + "<table:table-cell office:value-type=\"string\"><text:p>x</text:p></table:table-cell>"
        + "</table:table-row></table:table></office:spreadsheet>";
    assertReject("forged.ods",
        FormatFiles.openDocument("application/vnd.oasis.opendocument.spreadsheet", repeated),
        "too long: sheet 'S' has more than 2,000,000 rows");
    String wide = "<office:spreadsheet><table:table table:name=\"S\"><table:table-row>"
        + "<table:table-cell table:number-columns-repeated=\"2000000000\" office:value-type=\"string\">"
        + "<text:p>x</text:p></table:table-cell></table:table-row></table:table></office:spreadsheet>";
    assertReject("wide.ods",
        FormatFiles.openDocument("application/vnd.oasis.opendocument.spreadsheet", wide),
        "too wide: sheet 'S' row 1");
  }

  @Test
  void anOdtGivesItsLetterAndItsTable() throws UnreadableFileException {
    String body = "<office:text><text:h>Craven District Council</text:h>"
        + "<text:p>We hold<text:s/>these:</text:p>"
        + "<table:table table:name=\"Table1\"><table:table-row>"
        + "<table:table-cell><text:p>Date</text:p></table:table-cell>"
        + "<table:table-cell><text:p>Description</text:p></table:table-cell></table:table-row>"
        + "<table:table-row><table:table-cell office:value-type=\"date\""
        + " office:date-value=\"2012-06-05T00:00:00\"><text:p>05/06/12</text:p></table:table-cell>"
        + "<table:table-cell><text:p>Lost laptop</text:p></table:table-cell></table:table-row>"
        + "</table:table></office:text>";
    CollectingSink sink = read("answer.odt",
        FormatFiles.openDocument("application/vnd.oasis.opendocument.text", body));

    assertEquals(List.of("Letter", "Table1"), sink.sheets);
    assertEquals(List.of(List.of("Craven District Council"), List.of("We hold these:"),
        List.of("Date", "Description"), List.of("2012-06-05", "Lost laptop")), cells(sink));
  }

  @Test
  void anOpenDocumentWithADoctypeIsRefused() {
    byte[] withDoctype = FormatFiles.zip(List.of("mimetype", "content.xml"), List.of(
        "application/vnd.oasis.opendocument.text".getBytes(StandardCharsets.US_ASCII),
        ("<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY a \"aaaa\">]><x>&a;</x>")
            .getBytes(StandardCharsets.UTF_8)));
    assertReject("entities.odt", withDoctype, "refused: entry 'content.xml' declares an XML DOCTYPE");
  }

  @Test
  void aWord97DocumentGivesItsParagraphsAndTable() throws Exception {
    CollectingSink sink = read("simple-table.doc", poi("simple-table.doc"));

    assertEquals(List.of("Letter", "Table 1"), sink.sheets);
    assertEquals(List.of("Cell 1,1", "Cell 1,2", "Cell 1,3"), sink.rows.get(sink.rows.size() - 2).cells());
    assertEquals(List.of("Cell 2,1", "Cell 2,2", "Cell 2,3"), sink.rows.get(sink.rows.size() - 1).cells());
    assertTrue(cells(sink).contains(List.of("This text is below the table.")));
  }

  @Test
  void anExcelBinaryWorkbookIsRead() throws Exception {
    CollectingSink sink = read("Simple.xlsb", poi("Simple.xlsb"));
    assertEquals(List.of("Sheet1", "Sheet2", "Sheet3"), sink.sheets);
    assertEquals(List.of("This is an example spreadsheet created with Microsoft Excel 2007 Beta 2."),
        sink.rows.get(0).cells());
  }

  @Test
  void aStrictOoxmlWorkbookIsRead() throws Exception {
    CollectingSink sink = read("sample.strict.xlsx", poi("sample.strict.xlsx"));
    assertEquals(List.of("Sheet1", "rich test", "Sheet3"), sink.sheets);
    assertTrue(sink.rows.stream().anyMatch(r -> r.cells().contains("Lorem")), cells(sink).toString());
  }

  @Test
  void anExcel95WorkbookIsReadAsTextRows() throws Exception {
    CollectingSink sink = read("testEXCEL_5.xls", poi("testEXCEL_5.xls"));
    assertTrue(cells(sink).contains(List.of("Sample Excel Worksheet - Numbers and their Squares")),
        cells(sink).toString());
  }

  @Test
  void aTsvIsReadAsTabSeparated() throws UnreadableFileException {
    CollectingSink sink = read("log.tsv",
        "Date\tDescription\n05/06/2012\tLost, then found\n".getBytes(StandardCharsets.UTF_8));
    assertEquals(List.of(List.of("Date", "Description"), List.of("05/06/2012", "Lost, then found")),
        cells(sink));
  }

  @Test
  void anOutlookMessageGivesItsBodyAndEachAttachment() throws Exception {
    CollectingSink sink = read("quick.msg", poi("quick.msg"));
    assertTrue(cells(sink).contains(List.of("The quick brown fox jumps over the lazy dog")));

    List<FileResult> parts = Answers.parser().parseAll("Craven District Council re FOI.msg",
        poi("attachment_test_msg.msg"), Optional.empty());
    assertEquals(List.of("Craven District Council re FOI.msg",
        "Craven District Council re FOI.msg!/test-unicode.doc",
        "Craven District Council re FOI.msg!/pj1.txt"),
        parts.stream().map(FileResult::file).toList());
    parts.forEach(p -> assertEquals("E07000163", p.authorityCode(), p.file()));
  }

  @Test
  void anEmailsAttachmentIsOneMoreAnswerOfTheSameCouncil() {
    byte[] workbook = FormatFiles.workbook("Breaches", TABLE);
    byte[] eml = FormatFiles.eml("FOI Team <foi@example.org>", "RE: FOI 7314",
        "Dear requester,\n\nRyedale District Council's answer is attached: the log of breaches.\n"
            + "Caf\u00e9 = 1 line of quoted-printable.\n",
        List.of(new FormatFiles.Attachment("breaches.xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", workbook, false),
            new FormatFiles.Attachment("logo.png", "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G'},
                true)));

    List<FileResult> parts = Answers.parser().parseAll("RE- FOI 7314.eml", eml, Optional.empty());

    assertEquals(List.of("RE- FOI 7314.eml", "RE- FOI 7314.eml!/breaches.xlsx",
        "RE- FOI 7314.eml!/logo.png"), parts.stream().map(FileResult::file).toList());
    parts.forEach(p -> assertEquals("E07000167", p.authorityCode(), p.file()));
    assertEquals(FileOutcome.REJECTED, parts.get(0).outcome());
    assertEquals("the email's body holds no figures and no statement of none or of a refusal;"
        + " its attachments are read as the answer", parts.get(0).reason());
    assertEquals(FileOutcome.USED, parts.get(1).outcome(), parts.get(1).reason());
    assertEquals(2, parts.get(1).records().size());
    assertEquals("an image shown in the email's body (a logo or signature), not an answer",
        parts.get(2).reason());
  }

  @Test
  void anEmailsQuotedPrintableBodyIsDecoded() throws UnreadableFileException {
    byte[] eml = FormatFiles.eml("a@example.org", "FOI", "Caf\u00e9 = open, \u00a3450 a " + "long ".repeat(30)
        + "line\n", List.of());
    CollectingSink sink = read("answer.eml", eml);
    assertEquals(List.of("Subject: FOI"), sink.rows.get(0).cells());
    assertTrue(sink.rows.stream().anyMatch(r -> r.cell(0).startsWith("Caf\u00e9 = open, \u00a3450 a long")
        && r.cell(0).endsWith("long line")), cells(sink).toString());
  }

  @Test
  void aZipsEntriesAreAnswersNamedWithTheirLineage() {
    byte[] inner = FormatFiles.zip(List.of("log.csv"), List.of(
        "Date,Description,Action taken,Reported to ICO\n05/06/2012,Email sent to wrong recipient,Training,No\n"
            .getBytes(StandardCharsets.UTF_8)));
    byte[] zip = FormatFiles.zip(
        List.of("Ryedale District Council/log.csv", "__MACOSX/._log.csv", "more.zip", "notes.rtf"),
        List.of("Date,Description,Action taken,Reported to ICO\n05/06/2012,Lost laptop,Training,No\n"
            .getBytes(StandardCharsets.UTF_8), new byte[] {0, 5, 22, 7}, inner,
            "{\\rtf1 x}".getBytes(StandardCharsets.US_ASCII)));

    List<FileResult> parts = Answers.parser().parseAll("Craven District Council answers.zip", zip,
        Optional.empty());

    assertEquals(List.of("Craven District Council answers.zip!/Ryedale District Council/log.csv",
        "Craven District Council answers.zip!/__MACOSX/._log.csv",
        "Craven District Council answers.zip!/more.zip!/log.csv",
        "Craven District Council answers.zip!/notes.rtf"),
        parts.stream().map(FileResult::file).toList());
    assertEquals(List.of("E07000167", "E07000163", "E07000163", "E07000163"),
        parts.stream().map(FileResult::authorityCode).toList());
    assertEquals(List.of(FileOutcome.USED, FileOutcome.REJECTED, FileOutcome.USED,
        FileOutcome.REJECTED), parts.stream().map(FileResult::outcome).toList());
    assertTrue(parts.get(3).reason().startsWith("unsupported file type"), parts.get(3).reason());
  }

  @Test
  void aZipBombNamedZipIsRejectedWithTheBombsReason() {
    byte[] bomb = RawZip.write(List.of(DeflateBomb.entry("answers/log.csv", "", HostileFiles.GIBIBYTE, "")));
    List<FileResult> parts = Answers.parser().parseAll("Craven District Council.zip", bomb,
        Optional.empty());
    assertEquals(1, parts.size());
    assertEquals("E07000163", parts.get(0).authorityCode());
    assertTrue(parts.get(0).reason().startsWith("looks like a zip bomb: entry 'answers/log.csv'"),
        parts.get(0).reason());
  }

  @Test
  void containersNestedTooDeepAreRejectedNotOpened() {
    byte[] zip = FormatFiles.zip(List.of("a.csv"), List.of("x".getBytes(StandardCharsets.UTF_8)));
    for (int i = 0; i < AnswerParser.MAX_DEPTH; i++) {
      zip = FormatFiles.zip(List.of("deeper.zip"), List.of(zip));
    }
    List<FileResult> parts = Answers.parser().parseAll("Craven District Council.zip", zip,
        Optional.empty());
    assertEquals(1, parts.size());
    assertTrue(parts.get(0).reason().startsWith("a container nested more than 3 deep"),
        parts.get(0).reason());
  }

  private static byte[] poi(String name) throws IOException {
    return Files.readAllBytes(POI.resolve(name));
  }

  private static CollectingSink read(String name, byte[] bytes) throws UnreadableFileException {
    CollectingSink sink = new CollectingSink();
    DocumentReader.read(name, bytes, sink);
    return sink;
  }

  private static List<List<String>> cells(CollectingSink sink) {
    return sink.rows.stream().filter(r -> !r.isBlank()).map(SheetRow::cells).toList();
  }

  private static void assertReject(String name, byte[] bytes, String reasonStart) {
    UnreadableFileException e = assertThrows(UnreadableFileException.class,
        () -> read(name, bytes));
    assertTrue(e.getMessage().startsWith(reasonStart), e.getMessage());
  }
}
