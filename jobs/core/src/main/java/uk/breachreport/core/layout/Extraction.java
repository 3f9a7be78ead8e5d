package uk.breachreport.core.layout;

import java.util.List;
import uk.breachreport.core.model.Issue;
import uk.breachreport.core.model.RawRecord;
import uk.breachreport.core.model.RowReject;

/**
 * What the tables of one file gave: records, rejected rows and warnings, the text outside tables
 * (in reading order), the layouts found ("INCIDENT_LOG", "SUMMARY_WIDE+YEAR_TOTALS"; empty when
 * none) and row counts for the reconciliation. {@code lowerBound} is true when suppressed cells
 * were not recovered from a stated total.
 */
public record Extraction(
    List<RawRecord> records,
    List<RowReject> rejects,
    List<Issue> issues,
    List<String> text,
    String layout,
    int dataRows,
    int rejectedRows,
    int totalsRows,
    int noteRows,
    boolean lowerBound) {

  public boolean foundTable() {
    return !layout.isEmpty();
  }
}
