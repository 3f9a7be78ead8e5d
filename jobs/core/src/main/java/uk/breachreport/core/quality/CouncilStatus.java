package uk.breachreport.core.quality;

/**
 * A council's status as the analyst states it, in the manifest or in corrections.csv: a {@code
 * ResponseStatus} name and the analyst's note.
 */
public record CouncilStatus(String authorityCode, String status, String note) {}
