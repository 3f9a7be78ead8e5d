package uk.breachreport.core.layout;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import uk.breachreport.core.ReferenceData;
import uk.breachreport.core.answer.AnswerParser;
import uk.breachreport.core.ingest.DocumentReader;
import uk.breachreport.core.ingest.UnreadableFileException;
import uk.breachreport.core.model.FileOutcome;
import uk.breachreport.core.model.FileResult;
import uk.breachreport.core.normalise.Period;
import uk.breachreport.core.reference.ReferenceSource;

/**
 * A table is read as breaches only on evidence (data/reference/evidence.csv), and a statement of
 * none or a refusal only when it is about breaches or the request; the evidence is recorded.
 */
class BreachEvidenceTest {

  static ReferenceData reference;
  static AnswerParser parser;

  @BeforeAll
  static void load() {
    reference = ReferenceData.load(ReferenceSource.folder(LayoutFixturesTest.REFERENCE), Period.STUDY);
    parser = parser(reference.evidence());
  }

  static AnswerParser parser(BreachEvidence evidence) {
    return new AnswerParser(reference.columns(), reference.statuses(), reference.resolver(),
        evidence);
  }

  static FileResult parse(String file, String content) {
    return parse(parser, file, content.getBytes(StandardCharsets.UTF_8));
  }

  static FileResult parse(AnswerParser p, String file, byte[] bytes) {
    return p.parse(file, bytes, Optional.empty());
  }

  static void assertUsed(FileResult r, int records, String evidence) {
    assertAll(r.file(),
        () -> assertEquals(FileOutcome.USED, r.outcome(), () -> "reason: " + r.reason()),
        () -> assertEquals(records, r.records().size(), "records"),
        () -> assertEquals(evidence, r.evidence(), "evidence"));
  }

  static void assertRejected(FileResult r, String reason) {
    assertAll(r.file(),
        () -> assertEquals(FileOutcome.REJECTED, r.outcome()),
        () -> assertEquals(reason, r.reason(), "reason"),
        () -> assertEquals(List.of(), r.records(), "records"),
        () -> assertNull(r.evidence(), "evidence"));
  }

  @Test
  void bareLogIsBreachesThroughItsHeaderWords() {
    assertUsed(parse("Craven District Council.csv", """
        Date,Description,Action taken,Reported to ICO
        05/06/2012,Letter sent to wrong address,Advice,No
        """), 1, "header: 'Date | Description | Action taken | Reported to ICO'");
  }

  @Test
  void tableWithNoWordOfBreachesIsRejectedWhateverItsNumbers() {
    FileResult result = parse("Craven District Council.csv", """
        Date,Description,Amount
        05/06/2012,Gas meter reading,1200
        14/11/2013,Electricity meter reading,840
        """);
    assertRejected(result, "no table of breaches: the table headed 'Date | Description | Amount',"
        + " and nothing in its header, sheet name, title, type names or the text around it is"
        + " about personal-data breaches");
    assertEquals(2, result.rejectedRows(), "its rows are rejected with it");
  }

  @Test
  void titleAboveTheTableIsEvidence() {
    assertUsed(parse("Craven District Council.csv", """
        Data protection breaches 2011-2014
        ,,
        Date,Description,Amount
        05/06/2012,Letter sent to wrong address,1
        """), 1, "title: 'Data protection breaches 2011-2014'");
  }

  @Test
  void sheetNameIsEvidence() throws IOException {
    XSSFWorkbook wb = new XSSFWorkbook();
    Sheet sheet = wb.createSheet("Data breaches");
    String[][] rows = {{"Date", "Description", "Amount"}, {"05/06/2012", "Letter sent to wrong address", "1"}};
    for (int r = 0; r < rows.length; r++) {
      Row row = sheet.createRow(r);
      for (int c = 0; c < rows[r].length; c++) {
        row.createCell(c).setCellValue(rows[r][c]);
      }
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    wb.write(bytes);
    wb.close();
    assertUsed(parse(parser, "Craven District Council.xlsx", bytes.toByteArray()), 1,
        "sheet: 'Data breaches'");
  }

  @Test
  void typeNamesThatAreKindsOfBreachAreEvidence() {
    assertUsed(parse("Craven District Council.csv", """
        Type,Number
        Loss of paperwork,3
        Email sent to wrong recipient,2
        Theft of equipment,1
        """), 3, "types: 'Loss of paperwork', 'Email sent to wrong recipient', 'Theft of equipment'"
        + " (3 of 3 are kinds of breach)");
  }

  @Test
  void requestTypesAreNoKindOfBreach() {
    FileResult result = parse("Craven District Council.csv", """
        Date,Type,Description
        03/04/2012,FOI,Number of data protection breaches 2009-2012
        11/04/2012,EIR,Planning application consultation responses
        02/05/2012,FOI,Laptops lost or stolen since 2010
        19/04/2012,EIR (internal review),Spend on agency staff
        """);
    assertEquals(FileOutcome.REJECTED, result.outcome(), "a request log, whose rows mention breaches");
    assertTrue(result.reason().startsWith("no table of breaches: the table headed 'Date | Type |"
        + " Description'"), result.reason());
  }

  @Test
  void letterAboutSomethingElseSayingNoneIsNoNilReturn() {
    assertRejected(parse("Craven District Council.csv", """
        City,Country,Notes
        Reykjavik,Iceland,None
        Vatican City,Vatican City,No record of any airport
        """), "no table of breaches, and the text that reads like a nil return says nothing of"
        + " breaches or of an information request");
  }

  @Test
  void answerThatIsOnlyNoneIsANilReturn() {
    FileResult result = parse("Craven District Council.txt", "None\n");
    assertEquals(FileOutcome.NIL_RETURN, result.outcome(), () -> "reason: " + result.reason());
    assertEquals("the whole answer: 'None'", result.evidence());
  }

  @Test
  void workbookHoldingOnlyANumberSaysNothing() {
    assertRejected(parse("Craven District Council.txt", "0\n"), "no table of breaches, and the"
        + " text that reads like a nil return says nothing of breaches or of an information request");
  }

  @Test
  void refusalOfTheRequestIsARefusal() {
    FileResult result = parse("Craven District Council.txt", """
        Your request is refused under section 12: the cost of compliance would exceed the
        appropriate limit.
        """);
    assertEquals(FileOutcome.REFUSED, result.outcome(), () -> "reason: " + result.reason());
    assertEquals("text: 'Your request is refused under section 12: the cost of compliance would"
        + " exceed...'", result.evidence());
  }

  @Test
  void whatCountsIsTheAnalystsToEdit() {
    byte[] gas = "Date,Description,Gas used\n05/06/2012,Meter reading,1200\n"
        .getBytes(StandardCharsets.UTF_8);
    assertEquals(FileOutcome.REJECTED, parse(parser, "Craven District Council.csv", gas).outcome());
    BreachEvidence edited = BreachEvidence.load(new StringReader(
        "kind,pattern,note\nBREACH,\\bgas\\b,a test's own rule\n"), reference.taxonomy());
    assertUsed(parse(parser(edited), "Craven District Council.csv", gas), 1,
        "header: 'Date | Description | Gas used'");
  }

  @Test
  void unknownKindNamesItsLine() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () ->
        BreachEvidence.load(new StringReader("kind,pattern,note\nBREACHES,breach,\n"),
            reference.taxonomy()));
    assertTrue(e.getMessage().startsWith("evidence.csv line 2: unknown kind 'BREACHES'"), e.getMessage());
  }

  /**
   * The layout fixtures that are bare logs ("Date | Description | Action taken", on "Sheet1" or
   * "Log") carry no evidence; an answer like them is rejected. Every other fixture carries some.
   */
  static final Set<String> FIXTURES_WITHOUT_EVIDENCE = Set.of("csv-quoted", "csv-unquoted-comma",
      "csv-utf8-bom", "csv-windows-1252-semicolon", "dates-1900", "dates-1904", "dates-uk-text",
      "lone-cell-under-header", "repeated-header", "sheet-per-year", "stray-blank-row",
      "totals-log", "totals-log-mismatch");

  static java.util.stream.Stream<String> fixtures() throws IOException {
    return LayoutFixturesTest.fixtures();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fixtures")
  void fixtureEvidence(String name) throws IOException, UnreadableFileException {
    Path input = LayoutFixturesTest.input(LayoutFixturesTest.FIXTURES.resolve(name));
    String file = input.getFileName().toString();
    TableExtractor extractor = new TableExtractor(file, reference.columns());
    DocumentReader.read(file, Files.readAllBytes(input), extractor);
    Optional<String> found = reference.evidence().found(extractor.result()).forTables();
    assertEquals(!FIXTURES_WITHOUT_EVIDENCE.contains(name), found.isPresent(),
        () -> "evidence: " + found.orElse("none"));
  }
}
