package uk.breachreport.core.quality;

/**
 * A line of {@code corrections.csv} that took effect: where it pointed, what it set and what it
 * changed ({@code effect}), for quality.json and the report's appendix.
 */
public record AppliedCorrection(int line, String target, String authorityCode, String field,
    String value, String note, String effect) {}
