package uk.breachreport.core.quality;

/**
 * One input file in the reconciliation: its outcome, and how its data rows split into records,
 * exclusions, records held for review and rejects; {@code repeats} is the file a
 * {@code DUPLICATE} or {@code SUPERSEDED} one gives way to. {@code records} and {@code excluded}
 * count normalised records, which for summary tables can be several per row. {@code evidence}
 * says why a used file, nil return or refusal was taken as an answer about breaches (null for
 * the others).
 */
public record FileSummary(
    String file,
    String authorityCode,
    String outcome,
    String layout,
    String reason,
    long dataRows,
    long rejectedRows,
    long totalsRows,
    long noteRows,
    long records,
    long excluded,
    long held,
    String repeats,
    String evidence) {}
