package uk.breachreport.core.layout;

import uk.breachreport.core.ReferenceData;
import uk.breachreport.core.normalise.Period;
import uk.breachreport.core.reference.ReferenceSource;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Optional;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.breachreport.core.answer.AnswerParser;
import uk.breachreport.core.model.FileOutcome;
import uk.breachreport.core.model.FileResult;
import uk.breachreport.core.model.Issue;
import uk.breachreport.core.model.ManifestEntry;
import uk.breachreport.core.model.ResponseStatus;

/**
 * What a whole answer file amounts to once the layout stage has read it ({@link AnswerParser}
 * with the shipped rules and register): records, a nil return, a refusal, or a reject and why.
 */
class AnswerOutcomeTest {

  static final String CRAVEN = "E07000163";
  static AnswerParser parser;

  @BeforeAll
  static void load() {
    ReferenceData reference = ReferenceData.load(
        ReferenceSource.folder(LayoutFixturesTest.REFERENCE), Period.STUDY);
    parser = new AnswerParser(reference.columns(), reference.statuses(), reference.resolver(),
        reference.evidence());
  }

  static FileResult parse(String file, String content) {
    return parser.parse(file, content.getBytes(StandardCharsets.UTF_8), Optional.empty());
  }

  static void assertOutcome(FileResult result, FileOutcome outcome, String reason, int records) {
    assertAll(result.file(),
        () -> assertEquals(outcome, result.outcome(), "outcome; reason: " + result.reason()),
        () -> assertEquals(reason, result.reason(), "reason"),
        () -> assertEquals(records, result.records().size(), "records"));
  }

  @Test
  void logWithRowsIsUsed() {
    FileResult result = parse("Craven District Council FOI 0412.csv", """
        Date,Description,Action taken,Reported to ICO
        05/06/2012,Letter sent to wrong address,Advice,No
        14/11/2013,Laptop stolen,None,Yes
        """);
    assertOutcome(result, FileOutcome.USED, null, 2);
    assertEquals(CRAVEN, result.authorityCode());
    assertEquals("INCIDENT_LOG", result.layout());
  }

  @Test
  void letterSayingNoneIsANilReturn() {
    assertOutcome(parse("Craven District Council response.txt", """
        Dear Sir or Madam,
        Thank you for your request. The Council has not recorded any data protection breaches
        between 1 April 2011 and 31 March 2014.
        Yours faithfully,
        """), FileOutcome.NIL_RETURN, null, 0);
  }

  @Test
  void tableWithNoRowsAndNoneUnderItIsANilReturn() {
    assertOutcome(parse("Craven District Council.csv", """
        Date,Description,Action taken
        None,,
        """), FileOutcome.NIL_RETURN, null, 0);
  }

  @Test
  void tableWithNoRowsAndANoteSayingNoneIsANilReturn() {
    assertOutcome(parse("Craven District Council.csv", """
        Date,Description,Action taken

        No breaches were recorded in the period.
        """), FileOutcome.NIL_RETURN, null, 0);
  }

  @Test
  void tableWithNoRowsAndNothingSaidIsRejected() {
    // The empty row keeps the file tabular: TextReader reads a one-line CSV as prose.
    assertOutcome(parse("Craven District Council.csv", "Date,Description,Action taken\n,,\n"),
        FileOutcome.REJECTED,
        "the table has a header but no data rows, and the answer does not say none", 0);
  }

  @Test
  void refusalIsRefused() {
    assertOutcome(parse("Craven District Council FOI 0412.txt", """
        Your request is refused under section 12 of the Freedom of Information Act 2000: the cost
        of compliance would exceed the appropriate limit.
        """), FileOutcome.REFUSED, null, 0);
  }

  @Test
  void refusalMentioningNoBreachesInPassingIsStillRefused() {
    assertOutcome(parse("Craven District Council FOI 0412.txt", """
        We are unable to comply with your request, as locating the records would exceed the cost
        limit (section 12). This should not be taken to mean that there were no breaches.
        """), FileOutcome.REFUSED, null, 0);
  }

  @Test
  void figuresInWordsWinOverARefusalOfAnotherPart() {
    FileResult result = parse("Craven District Council FOI 0412.txt", """
        The number of data protection breaches recorded was 22 in 2011/12, 10 in 2012/13
        and 23 in 2013/14. There were no breaches reported to the ICO.
        Details of disciplinary action are withheld under section 40(2).
        """);
    assertOutcome(result, FileOutcome.USED, null, 3);
    assertEquals("PROSE_YEARS", result.layout());
    assertEquals(3, result.dataRows(), "each record is a row of the reconciliation");
    assertEquals(List.of("PART_REFUSED"), result.issues().stream().map(i -> i.code()).toList());
  }

  @Test
  void letterSayingNeitherIsRejected() {
    assertOutcome(parse("Craven District Council FOI 0412.txt", """
        Dear Sir or Madam,
        Please find our response to your request attached.
        """), FileOutcome.REJECTED,
        "no table of breaches found, and no statement of none or of a refusal", 0);
  }

  @Test
  void tableWhoseEveryRowIsRejectedIsRejected() {
    FileResult result = parse("Craven District Council.csv", """
        Type of breach,Number
        Lost paper,lots
        Wrong recipient,several
        """);
    assertOutcome(result, FileOutcome.REJECTED, "none of the table's 2 rows could be used", 0);
    assertEquals(2, result.rejectedRows());
  }

  @Test
  void tableIsUsedEvenWhenTheLetterSoundsLikeARefusal() throws IOException {
    FileResult result = parser.parse("summary-by-type/input.docx", Files.readAllBytes(
        LayoutFixturesTest.FIXTURES.resolve("summary-by-type/input.docx")), Optional.empty());
    assertOutcome(result, FileOutcome.USED, null, 2);
    assertEquals("S12000015", result.authorityCode(), "Fife Council, named in the letterhead");
  }

  @Test
  void aSkippedSheetIsAWarningOfTheFileItCameFrom() throws IOException {
    // FileResult.issues() is what reaches quality.json's warnings, with the sheet's name.
    FileResult result = parser.parse("Craven District Council.xlsx", Files.readAllBytes(
        LayoutFixturesTest.FIXTURES.resolve("hidden-lists-sheet/input.xlsx")), Optional.empty());
    assertOutcome(result, FileOutcome.USED, null, 3);
    assertEquals(List.of("SHEET_SKIPPED Lists"), result.issues().stream()
        .map(i -> i.code() + " " + i.source().sheet()).toList());
    assertEquals(Issue.Severity.WARNING, result.issues().get(0).severity());
  }

  @Test
  void aSkippedSheetIsToldEvenWhenTheAnswerIsANilReturn() throws IOException {
    byte[] workbook;
    try (XSSFWorkbook wb = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      wb.createSheet("Answer").createRow(0).createCell(0)
          .setCellValue("The council recorded no data protection breaches in the period.");
      wb.createSheet("Lists").createRow(0).createCell(0).setCellValue("Lost laptop");
      wb.setSheetHidden(1, true);
      wb.write(out);
      workbook = out.toByteArray();
    }
    FileResult result =
        parser.parse("Craven District Council.xlsx", workbook, Optional.empty());
    assertOutcome(result, FileOutcome.NIL_RETURN, null, 0);
    assertEquals(List.of("SHEET_SKIPPED Lists"), result.issues().stream()
        .map(i -> i.code() + " " + i.source().sheet()).toList());
  }

  @Test
  void numberedAnswersSayingNoneAreANilReturnNotACountOfTheQuestions() {
    FileResult result = parse("Craven District Council FOI answer.txt", """
        Your request was as follows:
            1. How many data protection breaches did the council record between 1
            April 2011 and 31 March 2014?
            2. For each, what kind of breach?
            5. Was it reported to the ICO?

        Our response is:

        1. None.

        2. \u2013 5. Not applicable, as there were no breaches.
        """);
    assertOutcome(result, FileOutcome.NIL_RETURN, null, 0);
  }

  @Test
  void answerNamingNoCouncilIsRejected() {
    assertOutcome(parse("response.csv", """
        Date,Description,Action taken
        05/06/2012,Letter sent to wrong address,Advice
        """), FileOutcome.REJECTED, "no council code or name from the register found in "
        + "'the file name or its first lines: no council named'", 0);
  }

  @Test
  void manifestNilReturnWinsOverTheTable() {
    FileResult result = parser.parse("reply.csv",
        "Date,Description\n05/06/2012,Letter sent to wrong address\n".getBytes(StandardCharsets.UTF_8),
        Optional.of(new ManifestEntry(2, "reply.csv", "Craven", ResponseStatus.NIL_RETURN, "")));
    assertOutcome(result, FileOutcome.NIL_RETURN, "manifest: nil return", 0);
    assertEquals(CRAVEN, result.authorityCode());
  }

  @Test
  void unsupportedFileIsRejectedWithItsReason() {
    assertOutcome(parse("Craven District Council.pptx", "PK"), FileOutcome.REJECTED,
        "unsupported file type: expected .xlsx, .xlsm, .xlsb, .xls, .ods, .csv, .tsv, .txt,"
            + " .docx, .doc, .odt, .pdf, .htm, .html, .eml, .msg or .zip", 0);
  }

  /** An answer of two HTML tables, as a disclosure log publishes it. */
  private static FileResult twoTables(String first, String second) {
    return parse("Craven District Council FOI 0412.html", "<html><body>"
        + "<p>Data protection breaches recorded by the council.</p>" + first + second
        + "</body></html>");
  }

  private static String table(String... rows) {
    StringBuilder html = new StringBuilder("<table>");
    for (String row : rows) {
      html.append("<tr><td>").append(row.replace("|", "</td><td>")).append("</td></tr>");
    }
    return html.append("</table>").toString();
  }

  private static long breaches(FileResult result) {
    return result.records().stream().mapToLong(r -> r.count()).sum();
  }

  @Test
  void theSameBreachesByAnotherHeadingAreCountedOnce() {
    // By year, with the months of 2014/15 so far, then the same years by action taken.
    FileResult result = twoTables(
        table("Financial year|Breaches recorded", "2014/15 (to August)|6", "2013/14|17",
            "2012/13|13", "2011/12|10", "Total 2011/12 \u2013 2013/14|40"),
        table("Action taken|2011/12|2012/13|2013/14", "No formal action|8|10|13",
            "Disciplinary action|2|2|3", "Resignation|0|1|1"));
    assertOutcome(result, FileOutcome.USED, null, 4);
    assertEquals(46, breaches(result));
    assertEquals(3, result.rejectedRows());
    assertEquals("the same breaches as 'Table 1' (header in row 1), by another heading: "
        + "not counted twice", result.rejects().get(0).reason());
    // The total names its years, so the 2014/15 row is not a mismatch.
    assertEquals(List.of(), result.issues().stream().map(Issue::code).toList());
  }

  @Test
  void tablesOfDifferentBreachesAreBothCounted() {
    FileResult result = twoTables(
        table("Lost or stolen|2011/12|2012/13|2013/14", "Laptops|1|2|3", "Paper files|2|2|2"),
        table("Sent to the wrong recipient|2011/12|2012/13|2013/14", "Email|4|4|4",
            "Post|3|3|3"));
    assertEquals(33, breaches(result));
    assertEquals(0, result.rejectedRows());
  }

  @Test
  void aSummaryOfTheLogBesideItIsCountedOnceAsTheLog() {
    FileResult result = twoTables(
        table("Financial year|Number of breaches", "2011/12|1", "2012/13|2"),
        table("Date|Description|Action taken", "05/06/2011|Letter sent to wrong address|Advice",
            "14/11/2012|Laptop stolen|None", "02/01/2013|Email to wrong recipient|Training"));
    assertEquals(3, result.records().size());
    assertEquals(List.of("05/06/2011", "14/11/2012", "02/01/2013"),
        result.records().stream().map(r -> r.date()).toList());
    assertEquals(2, result.rejectedRows());
  }

  @Test
  void aFootnoteMarkAfterAFigureIsNotPartOfIt() {
    FileResult result = parse("Craven District Council FOI 0412.html", "<table>"
        + "<tr><th>Financial year</th><th>Breaches recorded</th></tr>"
        + "<tr><td>2011/12</td><td>11</td></tr><tr><td>2012/13</td><td>19<sup>1</sup></td></tr>"
        + "</table><p><sup>1</sup> Includes 3 incidents in shared services.</p>");
    assertEquals(30, breaches(result));
  }

  @Test
  void aRefusalOfTheDetailsBesideFiguresNotReadIsRejectedForAnAnalyst() {
    // A PDF's table whose header row came out elsewhere in the text.
    assertOutcome(parse("Craven District Council FOI 0412.txt", """
        The information requested is set out in the table below.
        2011/12 2012/13 2013/14
        A detailed breakdown of each incident is withheld under section 40(2) of the Act.
        Data protection breaches recorded | 8 | 10 | 6
        """), FileOutcome.REJECTED, "it reads as a refusal but gives figures that could not be "
        + "read: 'Data protection breaches recorded | 8 | 10 | 6'; for an analyst to read", 0);
  }

  @Test
  void aTableOfZerosIsANilReturn() {
    assertOutcome(parse("Craven District Council FOI 0412.csv", """
        Financial year,Data protection breaches
        2011/12,0
        2012/13,0
        2013/14,0
        """), FileOutcome.NIL_RETURN, "its table's figures are all 0", 0);
  }

  @Test
  void aLetterDrawingItsLogWithBarsIsReadAsATable() {
    FileResult result = parse("Craven District Council FOI 0412.txt", """
        Dear Ms Okafor,
        Below is an extract from the Council's data breach log.

        Date       | Description                        | Action taken
        -----------|------------------------------------|-------------
        03/04/2011 | Email sent to wrong partner agency | Disciplinary
        22/09/2011 | USB stick lost on public transport | Dismissal
        12/03/2013 | Report given to wrong family       | None

        Tel: 01756 700600 | Fax: 01756 700601
        Yours sincerely,
        """);
    assertOutcome(result, FileOutcome.USED, null, 3);
    assertEquals("Table 1", result.records().get(0).source().sheet());
    assertEquals(6, result.records().get(0).source().row());
  }

  @Test
  void rowsOfSomeOfTheBreachesOrOfOtherThingsAreNotCounted() {
    FileResult result = parse("Craven District Council FOI 0412.csv", """
        Data protection breaches 2011-2014
        Measure,2011/12,2012/13,2013/14
        Data protection breaches recorded,8,10,6
        Of which reported to the ICO,1,2,0
        Number self-reported to the Information Commissioner,1,2,0
        FOI/EIR requests received,"1,012","1,143","1,204"
        Complaints about data handling,4,2,3
        """);
    assertEquals(24, breaches(result));
    assertEquals(List.of("'Of which reported to the ICO' is some of the breaches of the other "
        + "rows: not counted", "'Number self-reported to the Information Commissioner' is some "
        + "of the breaches of the other rows: not counted", "'FOI/EIR requests received' is a "
        + "count of something other than breaches: not counted", "'Complaints about data "
        + "handling' is a count of something other than breaches: not counted"),
        result.rejects().stream().map(r -> r.reason()).toList());
  }

  @Test
  void aRowTotallingTheOtherRowsIsNotCountedAgain() {
    FileResult result = parse("Craven District Council FOI 0412.csv", """
        Data protection breaches 2011-2014
        Measure,2011/12,2012/13,2013/14
        Data protection breaches recorded,8,10,6
        Lost or stolen,3,4,2
        Sent to the wrong recipient,5,6,4
        """);
    assertEquals(24, breaches(result));
    assertEquals(1, result.rejectedRows());
  }

  @Test
  void aSummaryOfTheLogsYearsIsCountedOnceEvenWhenTheLogGoesBeyondThem() {
    // The log also lists a breach of 2010 and one of 2014/15; the summary gives the three years.
    FileResult result = twoTables(
        table("Financial year|Number of breaches", "2011/12|1", "2012/13|2", "2013/14|1"),
        table("Date|Description|Action taken", "12/12/2010|Fax to wrong number|None",
            "05/06/2011|Letter sent to wrong address|Advice", "14/11/2012|Laptop stolen|None",
            "02/01/2013|Email to wrong recipient|Training", "3rd April 2013|Files lost|None",
            "20/05/2014|Post to wrong address|None"));
    assertEquals(6, result.records().size());
    assertEquals(3, result.rejectedRows());
  }

  @Test
  void aLogAndAYearTableOfDifferentBreachesAreBothCounted() {
    FileResult result = twoTables(
        table("Financial year|Number of breaches", "2011/12|4", "2012/13|5"),
        table("Date|Description|Action taken", "05/06/2011|Letter sent to wrong address|Advice",
            "14/11/2012|Laptop stolen|None"));
    assertEquals(11, breaches(result));
    assertEquals(0, result.rejectedRows());
  }

  @Test
  void aTotalFarFromItsBreakdownIsFlaggedForAHold() {
    FileResult result = parse("Craven District Council FOI 0412.csv", """
        Financial year,Breaches recorded
        2011/12,11
        2012/13,191
        2013/14,14
        Total,44
        """);
    assertEquals(List.of("TOTAL_MISMATCH", "TOTAL_FAR_OFF"),
        result.issues().stream().map(Issue::code).toList());
  }

  @Test
  void aLogsFirstColumnNumberingItsRowsCountsNoBreaches() {
    FileResult result = parse("Craven District Council FOI 0412.csv", """
        Data protection breaches log
        No.,Date,Description,Action taken
        1,05/06/2012,Letter sent to wrong address,Advice
        2,14/11/2013,Laptop stolen,None
        3,02/01/2014,Email to wrong recipient,Training
        """);
    assertEquals(3, breaches(result));
  }

  @Test
  void aLetterListingItsBreachesOneDatedLineEachGivesOneRecordAnEntry() {
    FileResult result = parse("Craven District Council FOI 0412.txt", """
        All incidents recorded as data protection breaches are listed below.
        1. 14th March 2011 - Assessment faxed to wrong number. People affected: 1.
        2. 3rd April 2012 - Spreadsheet emailed to wrong parent. Reported to ICO: yes.
        3. 19/06/2012 - Housing file left on a train.
        No prosecutions have resulted from any of these incidents.
        """);
    assertOutcome(result, FileOutcome.USED, null, 3);
    assertEquals(List.of("14th March 2011", "3rd April 2012", "19/06/2012"),
        result.records().stream().map(r -> r.date()).toList());
  }

  @Test
  void yearsListedWithTheirFiguresAreNoDatedList() {
    FileResult result = parse("Craven District Council FOI 0412.txt", """
        The number of data protection breaches recorded was:
        - 2011/12 - 4 breaches
        - 2012/13 - 6 breaches
        """);
    assertEquals(10, breaches(result));
    assertEquals(List.of(), result.records().stream()
        .filter(r -> r.layout().equals("DATED_LIST")).toList());
  }

  @Test
  void aRefusalOfTheDetailsBesideOneFigureNotReadIsRejectedForAnAnalyst() {
    assertEquals(FileOutcome.REJECTED, parse("Craven District Council FOI 0412.txt", """
        Question | Response
        1. Number of data protection breaches recorded, 1 April 2011 to 31 March 2014 | 23
        2. Individual details | Withheld - section 40(2) FOIA
        """).outcome());
  }

  @Test
  void rowsOfSomeOfTheBreachesOfTheBreachesRowAreNotCountedAgain() {
    FileResult result = parse("Craven District Council FOI 0412.csv", """
        Data protection breaches
        Financial year,2011/12,2012/13,2013/14,Total
        Breaches recorded,18,25,30,73
        Involving children's data,5,8,11,24
        Disciplinary action,1,3,4,8
        """);
    assertEquals(73, breaches(result));
    assertEquals(2, result.rejectedRows());
  }
}
