package uk.breachreport.core.report;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import uk.breachreport.core.quality.AppliedCorrection;
import uk.breachreport.core.quality.HeldCouncil;
import uk.breachreport.core.quality.QualityReport;

/**
 * The reconciliation of {@code quality.json} ({@link QualityReport}), for the report's data-quality appendix: with the
 * files set aside (duplicates, superseded, excluded), the councils held for review and the
 * analyst's corrections.
 */
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
    long unmatchedCategory,
    long filesSetAside,
    long recordsHeld,
    List<HeldCouncil> held,
    List<AppliedCorrection> corrections,
    List<String> correctionErrors) {

  public QualitySummary {
    rejectsByReason = List.copyOf(rejectsByReason);
    mismatches = List.copyOf(mismatches);
    held = List.copyOf(held);
    corrections = List.copyOf(corrections);
    correctionErrors = List.copyOf(correctionErrors);
  }

  public static QualitySummary of(QualityReport q) {
    Map<String, Long> byReason = new TreeMap<>();
    q.fileCounts().rejectedByReason().forEach((k, v) -> byReason.merge("File: " + k, v, Long::sum));
    q.rowCounts().rejectedByReason().forEach((k, v) -> byReason.merge("Row: " + k, v, Long::sum));
    q.recordCounts().excludedByReason()
        .forEach((k, v) -> byReason.merge("Excluded: " + Labels.of(k), v, Long::sum));
    return new QualitySummary(q.fileCounts().in(), q.fileCounts().used(),
        q.fileCounts().nilReturn(), q.fileCounts().refused(), q.fileCounts().rejected(),
        q.rowCounts().in(), q.recordCounts().used(), q.recordCounts().excluded(),
        q.rowCounts().rejected(),
        byReason.entrySet().stream().map(e -> new BreakdownRow(e.getKey(), e.getKey(), e.getValue()))
            .toList(),
        q.totalMismatches().stream().map(m -> m.file() + ": " + m.message()).toList(),
        q.recordCounts().unmatchedCategory(), q.fileCounts().setAside(),
        q.recordCounts().heldForReview(), q.heldForReview(), q.corrections().applied(),
        q.corrections().errors());
  }
}
