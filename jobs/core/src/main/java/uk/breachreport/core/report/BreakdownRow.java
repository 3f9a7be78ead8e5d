package uk.breachreport.core.report;

/** One line of a breakdown: {@code key} is the machine value (e.g. {@code LOSS_OR_THEFT_DEVICE}). */
public record BreakdownRow(String key, String label, long breaches) {}
