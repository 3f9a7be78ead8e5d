package uk.breachreport.core.report;

import java.util.List;

/** The reconciliation from {@code quality.json}, for the report's data-quality appendix. */
public record QualitySummary(
    long filesIn,
    long filesUsed,
    long filesNil,
    long filesRefused,
    long filesRejected,
    long rowsIn,
    long records,
    long rowsExcluded,
    long rowsRejected,
    List<BreakdownRow> rejectsByReason,
    List<String> mismatches,
    long unmatchedCategory) {

  public QualitySummary {
    rejectsByReason = List.copyOf(rejectsByReason);
    mismatches = List.copyOf(mismatches);
  }
}
