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

  @Test
  @SuppressWarnings("unchecked")
  void reconcilesFilesRowsAndRecords() {
    Map<String, Object> q = QualityReport.build(FILES, Map.of("row has no counts", 1L),
        Map.of("OUTSIDE_PERIOD", 1L),
        List.of(Issue.warning("TOTAL_MISMATCH", new SourceRef("a.xlsx", "S", 12), "stated 9")),
        2, List.of(), List.of(), Map.of());
    assertTrue((Boolean) q.get("reconciles"));
    Map<String, Object> files = (Map<String, Object>) q.get("file_counts");
    assertEquals(4L, files.get("in"));
    assertEquals(1L, files.get("used"));
    assertEquals(1L, files.get("manifest"));
    assertEquals(Map.of("no council", 1L), files.get("rejected_by_reason"));
    Map<String, Object> rows = (Map<String, Object>) q.get("row_counts");
    assertEquals(14L, rows.get("in"));
    assertEquals(9L, rows.get("used"));
    assertEquals(5L, rows.get("rejected"));
    assertEquals(Map.of("row has no counts", 1L, "file rejected: no council", 4L),
        rows.get("rejected_by_reason"));
    Map<String, Object> records = (Map<String, Object>) q.get("record_counts");
    assertEquals(9L, records.get("extracted"));
    assertEquals(2L, records.get("unmatched_category"));
    assertEquals(1, ((List<?>) q.get("total_mismatches")).size());
    List<Map<String, Object>> perFile = (List<Map<String, Object>>) q.get("files");
    assertEquals(4, perFile.size());
    assertEquals("sheet: 'Breaches'", perFile.get(0).get("evidence"), "why a.xlsx is breaches");
  }

  @Test
  void anExclusionWithoutItsReasonDoesNotReconcile() {
    Map<String, Object> q = QualityReport.build(FILES, Map.of("row has no counts", 1L), Map.of(),
        List.of(), 0, List.of(), List.of(), Map.of());
    assertFalse((Boolean) q.get("reconciles"));
  }
}
