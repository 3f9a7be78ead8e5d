package uk.breachreport.core.model;

import java.util.List;

/**
 * Everything ingest learnt from one input file: its checksum, council, outcome and layout, the
 * raw records and rejected rows of its tables, warnings, and row counts for the reconciliation
 * ({@code dataRows} = rows that became records + {@code rejectedRows}).
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
    boolean lowerBound) implements java.io.Serializable {}
