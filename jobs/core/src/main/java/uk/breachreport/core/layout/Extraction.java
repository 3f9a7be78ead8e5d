package uk.breachreport.core.layout;

import java.util.List;
import uk.breachreport.core.model.Issue;
import uk.breachreport.core.model.RawRecord;
import uk.breachreport.core.model.RowReject;

/**
 * What the tables of one file gave: records, rejected rows and warnings, the text outside tables
 * (in reading order), the layouts found ("INCIDENT_LOG", "SUMMARY_WIDE+YEAR_TOTALS"; empty when
 * none), row counts for the reconciliation and where each table starts ({@code headers}).
 * {@code lowerBound} is true when suppressed cells were not recovered from a stated total.
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
    boolean lowerBound,
    List<TableHeader> headers) {

  public boolean foundTable() {
    return !layout.isEmpty();
  }

  /** Sheets skipped whatever became of the file: worth telling even when no table was used. */
  public List<Issue> skippedSheets() {
    return issues.stream().filter(i -> i.code().equals(TableExtractor.SHEET_SKIPPED)).toList();
  }
}
