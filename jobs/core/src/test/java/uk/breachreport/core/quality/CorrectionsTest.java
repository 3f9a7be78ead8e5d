package uk.breachreport.core.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import uk.breachreport.core.model.Action;
import uk.breachreport.core.model.Category;
import uk.breachreport.core.model.DatePrecision;
import uk.breachreport.core.model.Incident;
import uk.breachreport.core.normalise.CouncilResolver;
import uk.breachreport.core.normalise.Period;
import uk.breachreport.core.normalise.Register;
import uk.breachreport.core.reference.ReferenceSource;

class CorrectionsTest {

  static final Register REGISTER = Register.forPeriod(ReferenceSource.folder(
      Path.of(System.getProperty("project.root", "../..")).resolve("data/reference")), Period.STUDY);

  static final String CSV = """
      authority,file,sheet,row,field,value,note
      ,soton.xlsx,Log,7,category,sent to wrong recipient,Letter posted to the wrong address
      ,soton.xlsx,,8,action,DISMISSAL,Confirmed by the council's HR team
      ,soton.xlsx,Log,9,exclude,,Test entry left in the log
      ,Copy of notes.xlsx,,,exclude,,Our own working notes
      Rutland County Council,,,,confirm,48220,Checked with the council by phone
      E08000036,,,,status,refused,Refusal confirmed on internal review
      Bristol,,,,total,22,Council's revised figure
      ,soton.xlsx,,12,colour,red,No such field
      Gotham City Council,,,,status,refused,Not a council
      E08000036,,,,status,maybe,Not a status
      ,soton.xlsx,Log,7,category,OTHER,
      ,nowhere.xlsx,,3,category,OTHER,Matches no record
      """;

  private static Corrections load() {
    return Corrections.load(new StringReader(CSV), new CouncilResolver(REGISTER));
  }

  private static Incident incident(int row) {
    return new Incident("E06000045", "Southampton City Council", "Unitary authority", "England",
        "South East", "2012-13", null, DatePrecision.FINANCIAL_YEAR, Category.OTHER, null, 1L,
        false, null, null, null, Action.UNKNOWN, null, "Letter misaddressed", "soton.xlsx", "Log",
        row, "ab12", "INCIDENT_LOG", 1);
  }

  @Test
  void eachBadLineIsAnErrorNamingItsLine() {
    Corrections c = load();
    assertEquals(8, c.lines().size());
    assertEquals(4, c.unreadable().size());
    assertEquals("corrections.csv line 9: unknown field 'colour'; expected one of"
        + " [status, total, category, action, exclude, confirm]", c.unreadable().get(0));
    assertEquals("corrections.csv line 12: a correction needs a note saying why",
        c.unreadable().get(3));
  }

  @Test
  void aRecordsCategoryAndActionAreSetAndARowIsExcluded() {
    Corrections c = load();
    Corrections.Edited seven = c.edit(incident(7));
    assertEquals(Category.SENT_TO_WRONG_RECIPIENT, seven.incident().category());
    assertEquals(2, seven.line());
    assertEquals(Action.DISMISSAL, c.edit(incident(8)).incident().actionTaken());
    Corrections.Edited nine = c.edit(incident(9));
    assertNull(nine.incident());
    assertEquals("excluded by corrections.csv line 4 (exclude): Test entry left in the log",
        nine.excludedBecause());
    Corrections.Edited other = c.edit(incident(10));
    assertEquals(incident(10), other.incident());
    assertNull(other.line());
  }

  @Test
  void councilLinesResolveTheirAuthorityAndFilesAreExcludedWhole() {
    Corrections c = load();
    assertEquals("22", c.forCouncil("E06000023", Correction.Field.TOTAL).orElseThrow().value());
    assertEquals("REFUSED", c.forCouncil("E08000036", Correction.Field.STATUS).orElseThrow().value());
    Map<Integer, String> effects = new TreeMap<>();
    List<FileDecision> files = c.fileExclusions(Set.of("Copy of notes.xlsx", "soton.xlsx"), effects);
    assertEquals(List.of("Copy of notes.xlsx"), files.stream().map(FileDecision::file).toList());
    assertEquals(Map.of(5, "file excluded"), effects);
  }

  @Test
  void aLineThatMatchesNothingIsReportedNotIgnored() {
    CorrectionsReport report = load().report(Map.of(2, "applied to 1 record(s)"),
        Map.of(6, "the council's total is 48,000, not the 48,220 confirmed"));
    List<AppliedCorrection> applied = report.applied();
    assertEquals(1, applied.size());
    assertEquals("Letter posted to the wrong address", applied.get(0).note());
    List<String> errors = report.errors();
    assertEquals(4 + 7, errors.size());
    assertEquals("corrections.csv line 13 (category = OTHER) for nowhere.xlsx, row 3: matches"
        + " nothing, not applied", errors.get(errors.size() - 1));
    assertEquals("corrections.csv line 6 (confirm = 48220) for Rutland County Council: the"
        + " council's total is 48,000, not the 48,220 confirmed, not applied", errors.get(7));
  }

  @Test
  void excelsByteOrderMarkAndBlankLinesKeepTheLineNumbersAnEditorShows() {
    String csv = "\uFEFFauthority,file,sheet,row,field,value,note\n"
        + "\n"
        + ",soton.xlsx,Log,7,category,OTHER,Checked\n"
        + "\n"
        + ",soton.xlsx,,12,colour,red,No such field\n"
        + ",soton.xlsx,Log\n";
    Corrections c = Corrections.load(new StringReader(csv), new CouncilResolver(REGISTER));
    assertEquals(1, c.lines().size(), "the header is read despite the byte-order mark");
    assertEquals(3, c.lines().get(0).line());
    assertEquals(List.of("corrections.csv line 5: unknown field 'colour'; expected one of"
        + " [status, total, category, action, exclude, confirm]",
        "corrections.csv line 6: has 3 fields, too few for column 'row'"), c.unreadable());
  }

  @Test
  void aHeaderWithoutTheColumnsIsAnErrorNotAnException() {
    Corrections c = Corrections.load(new StringReader("authority,file\nBristol,x.csv\n"),
        new CouncilResolver(REGISTER));
    assertEquals(0, c.lines().size());
    assertEquals(1, c.unreadable().size());
    assertTrue(c.unreadable().get(0).startsWith("corrections.csv line 1: the header"),
        c.unreadable().get(0));
  }
}
