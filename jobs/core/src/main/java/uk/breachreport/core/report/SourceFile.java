package uk.breachreport.core.report;

/** One input file behind a council's figures, as {@code quality.json} lists it. */
public record SourceFile(
    String file, String outcome, String layout, long records, long rejectedRows, String reason) {}
