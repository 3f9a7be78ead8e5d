package uk.breachreport.core.normalise;

import java.util.List;
import uk.breachreport.core.model.Incident;
import uk.breachreport.core.model.Issue;

/**
 * A raw record after normalisation: an incident, or the reason it is excluded (dated outside
 * the period), with warnings about values that could not be read (kept as null).
 */
public record Normalised(Incident incident, String excludedBecause, List<Issue> warnings) {

  static Normalised incident(Incident incident, List<Issue> warnings) {
    return new Normalised(incident, null, List.copyOf(warnings));
  }

  static Normalised excluded(String reason, List<Issue> warnings) {
    return new Normalised(null, reason, List.copyOf(warnings));
  }

  public boolean isExcluded() {
    return incident == null;
  }
}
