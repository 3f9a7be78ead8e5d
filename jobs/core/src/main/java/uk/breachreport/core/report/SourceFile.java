package uk.breachreport.core.report;

import uk.breachreport.core.normalise.CouncilResolver;

/**
 * One input file behind a council's figures, as {@code quality.json} lists it; {@code resolvedHow}
 * is how the file's council was found.
 */
public record SourceFile(String file, String outcome, String layout, long records,
    long rejectedRows, String reason, String resolvedHow) {

  /** How the file was found to be a predecessor's answer counted for this council, else null. */
  public String countedForSuccessor() {
    return resolvedHow != null && resolvedHow.contains(CouncilResolver.COUNTED_FOR) ? resolvedHow : null;
  }
}
