package uk.breachreport.core.quality;

import uk.breachreport.core.model.FileOutcome;

/**
 * A file taken out of the count after it was read: its new outcome, the file it repeats or gives
 * way to (null when none) and the reason shown in {@code quality.json}.
 */
public record FileDecision(String file, FileOutcome outcome, String repeats, String reason) {}
