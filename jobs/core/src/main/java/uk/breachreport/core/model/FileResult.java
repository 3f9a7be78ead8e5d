package uk.breachreport.core.model;

import java.util.List;

/**
 * Everything ingest learnt from one input file: its checksum, council, outcome and layout, the
 * raw records and rejected rows of its tables, warnings, and row counts for the reconciliation
 * ({@code dataRows} = rows that became records + {@code rejectedRows}). {@code evidence} says why
 * a used file, nil return or refusal was taken as an answer about breaches ("header: 'Type of
 * breach'; sheet: 'Data breaches'"); null otherwise.
 */
public record FileResult(
    String file,
    String sha256,
    long size,
    String authorityCode,
    String resolvedHow,
    FileOutcome outcome,
    String layout,
    String reason,
    List<RawRecord> records,
    List<RowReject> rejects,
    List<Issue> issues,
    int dataRows,
    int rejectedRows,
    int totalsRows,
    int noteRows,
    boolean lowerBound,
    String evidence) implements java.io.Serializable {

  /** A result with no evidence: a reject, or one the evidence is added to later. */
  public FileResult(String file, String sha256, long size, String authorityCode,
      String resolvedHow, FileOutcome outcome, String layout, String reason,
      List<RawRecord> records, List<RowReject> rejects, List<Issue> issues, int dataRows,
      int rejectedRows, int totalsRows, int noteRows, boolean lowerBound) {
    this(file, sha256, size, authorityCode, resolvedHow, outcome, layout, reason, records,
        rejects, issues, dataRows, rejectedRows, totalsRows, noteRows, lowerBound, null);
  }

  public FileResult withEvidence(String why) {
    return new FileResult(file, sha256, size, authorityCode, resolvedHow, outcome, layout, reason,
        records, rejects, issues, dataRows, rejectedRows, totalsRows, noteRows, lowerBound, why);
  }
}
