package uk.breachreport.core.quality;

import java.util.List;

/** quality.json's {@code corrections}: the lines applied, and why the others were not. */
public record CorrectionsReport(List<AppliedCorrection> applied, List<String> errors) {

  public static final CorrectionsReport NONE = new CorrectionsReport(List.of(), List.of());

  public CorrectionsReport {
    applied = List.copyOf(applied);
    errors = List.copyOf(errors);
  }
}
