package uk.breachreport.core.report;

/** A line of corrections.csv that was applied, for the methodology: where, what, why, effect. */
public record AppliedCorrection(int line, String target, String field, String value, String note,
    String effect) {}
