package uk.breachreport.core.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.breachreport.core.model.Issue;
import uk.breachreport.core.model.SourceRef;

/**
 * quality.json of a fixed report, compared byte for byte with the reviewed golden file beside the
 * golden HTML: field names, order, nulls written or left out. Run with {@code
 * -Dgolden.update=true} to rewrite it after an intended change, then review the diff.
 */
class QualityJsonGoldenTest {

  private static final Path GOLDEN = Path.of("src/test/resources/golden/quality.json");

  static QualityReport report() {
    List<FileSummary> files = List.of(
        new FileSummary("a.xlsx", "E1", "USED", "INCIDENT_LOG", null, 10, 1, 1, 0, 8, 1, 1, null,
            "sheet: 'Breaches'"),
        new FileSummary("Copy of a.xlsx", "E1", "DUPLICATE", "", "same bytes as 'a.xlsx'", 0, 0,
            0, 0, 0, 0, 0, "a.xlsx", null),
        new FileSummary("c.pdf", null, "REJECTED", null, "no text layer", 0, 0, 0, 0, 0, 0, 0,
            null, null),
        new FileSummary("corrections.csv", null, "CORRECTIONS", null, null, 0, 0, 0, 0, 1, 0, 0,
            null, null));
    return QualityReport.build(files, Map.of("row has no counts", 1L),
        Map.of("OUTSIDE_PERIOD", 1L),
        List.of(Issue.warning("TOTAL_MISMATCH", new SourceRef("a.xlsx", "Log", 12), "stated 9"),
            Issue.warning("HIDDEN_SHEET", new SourceRef("a.xlsx", null, 0), "sheet 'Old' hidden")),
        0, List.of("manifest.csv line 3: file 'b.txt' is not in the input"),
        List.of(new HeldCouncil("E1", "Ayton Council", 9,
            List.of(new Hold("E1", "HUGE_CELL", "a single count of 9")))),
        new CorrectionsReport(List.of(new AppliedCorrection(2, "Bristol", "E06000023", "total",
            "22", "Council's revised figure", "total set to 22 breaches, in place of 3 record(s)")),
            List.of("corrections.csv line 3 (category = OTHER) for x.xlsx, row 3: matches nothing,"
                + " not applied")))
        .withPeriodNotes(List.of("t.xlsx: name in file name: Taunton Deane, counted for Somerset"),
            null);
  }

  @Test
  void matchesGoldenFile() throws IOException {
    String json = QualityJson.write(report());
    if (Boolean.getBoolean("golden.update")) {
      Files.writeString(GOLDEN, json, StandardCharsets.UTF_8);
    }
    assertEquals(Files.readString(GOLDEN, StandardCharsets.UTF_8), json,
        "quality.json differs from its golden file; if the change is intended, rerun with"
            + " -Dgolden.update=true and review the diff");
  }
}
