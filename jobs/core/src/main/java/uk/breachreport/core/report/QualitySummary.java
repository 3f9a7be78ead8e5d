package uk.breachreport.core.report;

import java.util.List;
import uk.breachreport.core.quality.HeldCouncil;

/**
 * The reconciliation from {@code quality.json}, for the report's data-quality appendix: with the
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
}
