package uk.breachreport.core.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.breachreport.core.model.Issue;
import uk.breachreport.core.model.SourceRef;

class QualityReportTest {

  static final List<FileSummary> FILES = List.of(
      new FileSummary("a.xlsx", "E1", "USED", "INCIDENT_LOG", null, 10, 1, 1, 0, 8, 1, 0, null,
          "sheet: 'Breaches'"),
      new FileSummary("b.txt", "E2", "NIL_RETURN", "", null, 0, 0, 0, 0, 0, 0, 0, null,
          "the whole answer: 'None'"),
      new FileSummary("c.xlsx", null, "REJECTED", "INCIDENT_LOG", "no council", 4, 4, 0, 0, 0, 0,
          0, null, null),
      new FileSummary("manifest.csv", null, "MANIFEST", null, null, 0, 0, 0, 0, 0, 0, 0, null,
          null));

  private static QualityReport report(Map<String, Long> rejectsByReason,
      Map<String, Long> excludedByReason) {
    return QualityReport.build(FILES, rejectsByReason, excludedByReason,
        List.of(Issue.warning("TOTAL_MISMATCH", new SourceRef("a.xlsx", "S", 12), "stated 9")),
        2, List.of(), List.of(), CorrectionsReport.NONE);
  }

  @Test
  void reconcilesFilesRowsAndRecords() {
    QualityReport q = report(Map.of("row has no counts", 1L), Map.of("OUTSIDE_PERIOD", 1L));
    assertTrue(q.reconciles());
    assertEquals(4, q.fileCounts().in());
    assertEquals(1, q.fileCounts().used());
    assertEquals(1, q.fileCounts().manifest());
    assertEquals(Map.of("no council", 1L), q.fileCounts().rejectedByReason());
    assertEquals(14, q.rowCounts().in());
    assertEquals(9, q.rowCounts().used());
    assertEquals(5, q.rowCounts().rejected());
    assertEquals(Map.of("row has no counts", 1L, "file rejected: no council", 4L),
        q.rowCounts().rejectedByReason());
    assertEquals(9, q.recordCounts().extracted());
    assertEquals(2, q.recordCounts().unmatchedCategory());
    assertEquals(1, q.totalMismatches().size());
    assertEquals(4, q.files().size());
    assertEquals("sheet: 'Breaches'", q.files().get(0).evidence(), "why a.xlsx is breaches");
    assertEquals(null, q.files().get(1).layout(), "no layout is null, not empty");
  }

  @Test
  void anExclusionWithoutItsReasonDoesNotReconcile() {
    assertFalse(report(Map.of("row has no counts", 1L), Map.of()).reconciles());
  }

  @Test
  void rejectedRowsCountedUnderMoreReasonsThanThereAreDoNotReconcile() {
    assertFalse(report(Map.of("row has no counts", 2L), Map.of("OUTSIDE_PERIOD", 1L)).reconciles(),
        "two rows rejected by reason, one rejected by its file: over-counting is a mismatch");
  }

  @Test
  void rejectedRowsWithoutTheirReasonDoNotReconcile() {
    assertFalse(report(Map.of(), Map.of("OUTSIDE_PERIOD", 1L)).reconciles());
  }
}
