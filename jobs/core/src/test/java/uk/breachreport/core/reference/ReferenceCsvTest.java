package uk.breachreport.core.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.breachreport.core.ingest.Manifest;
import uk.breachreport.core.layout.BreachEvidence;
import uk.breachreport.core.layout.ColumnRules;
import uk.breachreport.core.layout.Field;
import uk.breachreport.core.normalise.Period;
import uk.breachreport.core.normalise.Register;
import uk.breachreport.core.normalise.Taxonomy;
import uk.breachreport.core.quality.Plausibility;
import uk.breachreport.core.words.WordRules;

/** Every reference file is read one way, and its errors name the line an editor shows. */
class ReferenceCsvTest {

  private static ReferenceCsv.Table read(String text) {
    return ReferenceCsv.read("rules.csv", new StringReader(text));
  }

  private static String failure(Runnable load) {
    return assertThrows(IllegalArgumentException.class, load::run).getMessage();
  }

  @Test
  void rowsKeepTheirFileLinesPastCommentsAndBlankLines() {
    ReferenceCsv.Table t = read("# about the file\n\nkind,pattern\n# a comment\nA,a\n\n\nB,b\n");
    assertEquals(3, t.headerLine());
    assertEquals(List.of("kind", "pattern"), t.header());
    assertEquals(List.of(5L, 8L), t.rows().stream().map(ReferenceCsv.Row::line).toList());
    assertEquals(List.of("A", "B"), t.map(r -> r.get("kind")));
  }

  @Test
  void aRowSpanningLinesIsNamedByItsFirstLine() {
    ReferenceCsv.Table t = read("kind,note\nA,\"two\nlines\"\r\nB,one\r\n");
    assertEquals(List.of(2L, 4L), t.rows().stream().map(ReferenceCsv.Row::line).toList());
  }

  @Test
  void anErrorAfterACommentAndABlankLineNamesTheFileLine() {
    String message = failure(() -> read("kind,pattern\n# comment\n\nA,a\n# two\nB,(b\n")
        .forEach(r -> r.pattern("pattern")));
    assertEquals("rules.csv line 6: pattern '(b' is not a valid Java regular expression: "
        + "Unclosed group near index 2", message);
  }

  @Test
  void aShortRowIsNamedWithItsLine() {
    assertEquals("rules.csv line 4: has 1 fields, too few for column 'pattern'",
        failure(() -> read("kind,pattern\n\n# c\nA\n").forEach(r -> r.get("pattern"))));
  }

  @Test
  void anUnknownValueListsTheExpectedOnes() {
    assertEquals("rules.csv line 3: unknown kind 'BREACHES'; expected one of [BREACH, QUESTION]",
        failure(() -> read("kind\n# c\nBREACHES\n").forEach(r -> r.enumValue("kind", Kind.class))));
  }

  private enum Kind { BREACH, QUESTION }

  @Test
  void aPatternThatMatchesAnythingIsRefused() {
    assertEquals("rules.csv line 2: pattern 'x*' matches empty text, so it would match everything",
        failure(() -> read("pattern\nx*\n").forEach(r -> r.pattern("pattern"))));
    assertEquals("rules.csv line 2: has an empty pattern",
        failure(() -> read("pattern,note\n,a note\n").forEach(r -> r.pattern("pattern"))));
  }

  @Test
  void aMissingColumnNamesTheHeaderLine() {
    assertEquals("rules.csv line 2: the header kind,regex lacks column(s) [pattern]; expected "
        + "kind,pattern", failure(() -> read("# c\nkind,regex\nA,a\n")
            .require(List.of("kind", "pattern"))));
  }

  @Test
  void textThatIsNotCsvNamesTheFile() {
    String message = failure(() -> read("kind,pattern\nA,\"a\n"));
    assertTrue(message.startsWith("rules.csv: not valid CSV: "), message);
  }

  @Test
  void anExcelByteOrderMarkIsNotPartOfTheHeader(@TempDir Path dir) throws IOException {
    Files.write(dir.resolve("columns.csv"),
        "\uFEFFfield,pattern\nDATE,^date$\n".getBytes(StandardCharsets.UTF_8));
    try (Reader in = ReferenceSource.folder(dir).open("columns.csv")) {
      ReferenceCsv.Table t = ReferenceCsv.read("columns.csv", in);
      assertEquals(List.of("field", "pattern"), t.header());
      assertEquals("DATE", t.rows().get(0).get("field"));
    }
  }

  /** The loaders of the reference files all name the file and line the same way. */
  @Test
  void everyLoaderNamesItsFileAndLine() {
    assertEquals("columns.csv line 4: unknown field 'WHEN'; expected one of "
            + List.of(Field.values()),
        failure(() -> ColumnRules.load(new StringReader("field,pattern\n# c\n\nWHEN,^when$\n"))));
    assertEquals("words.csv line 3: pattern 'x?' matches empty text, so it would match everything",
        failure(() -> WordRules.load(new StringReader("kind,pattern\n\nQUESTION,x?\n"))));
    assertEquals("taxonomy.csv line 4: priority 'high' is not a whole number",
        failure(() -> Taxonomy.load(new StringReader(
            "dimension,value,pattern,priority\n# c\n\ncategory,OTHER,laptop,high\n"))));
    assertEquals("register.csv line 4: empty name; every authority needs one",
        failure(() -> Register.load(new StringReader(
            "code,name,type,nation,region,aliases,population,population_year,population_source\n"
                + "# a comment the register may now hold\n\nX1,,T,England,,,1,2011,s\n"))));
    assertEquals("evidence.csv line 3: unknown kind 'BREACHES'; expected one of "
            + List.of(BreachEvidence.Kind.values()),
        failure(() -> BreachEvidence.load(new StringReader("kind,pattern\n# c\nBREACHES,b\n"),
            null)));
    String plausibility =
        failure(() -> Plausibility.load(new StringReader("check,value\n\ncolour,1\n")));
    assertTrue(plausibility.startsWith(
        "plausibility.csv line 3: unknown check 'colour'; expected one of"), plausibility);
    assertEquals("manifest.csv line 4: status 'lost' is not one of no_response, refused, "
        + "nil_return", failure(() -> Manifest.load(new StringReader(
            "file,authority,status\n# sent by post\n\na.csv,E07000163,lost\n"))));
  }

  @Test
  void theRegistersListNamesItsLine(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("registers.csv"),
        "file,valid_from,valid_to\n# the current register\nregister.csv,2009-04-01,\n"
            + "\nold.csv,April 2011,2014-03-31\n");
    assertEquals("registers.csv line 5: valid_from 'April 2011' is not a date like 2011-04-01",
        failure(() -> Register.forPeriod(ReferenceSource.folder(dir), Period.STUDY)));
  }
}
