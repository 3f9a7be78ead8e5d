package uk.breachreport.core.report;

import java.util.Map;

/** Words a reader sees for the dataset's codes. */
public final class Labels {

  private static final Map<String, String> LABELS = Map.ofEntries(
      Map.entry("LOSS_OR_THEFT_DEVICE", "Lost or stolen device"),
      Map.entry("LOSS_OR_THEFT_PAPER", "Lost or stolen paperwork"),
      Map.entry("SENT_TO_WRONG_RECIPIENT", "Sent to the wrong recipient"),
      Map.entry("PUBLISHED_IN_ERROR", "Published in error"),
      Map.entry("UNAUTHORISED_ACCESS", "Unauthorised access"),
      Map.entry("UNAUTHORISED_DISCLOSURE", "Unauthorised disclosure"),
      Map.entry("INSECURE_DISPOSAL", "Insecure disposal"),
      Map.entry("CYBER_INCIDENT", "Cyber incident"),
      Map.entry("OTHER", "Other"),
      Map.entry("UNSPECIFIED", "Not specified"),
      Map.entry("PROSECUTION", "Prosecution"),
      Map.entry("DISMISSAL", "Dismissal"),
      Map.entry("RESIGNATION", "Resignation"),
      Map.entry("DISCIPLINARY", "Disciplinary action"),
      Map.entry("TRAINING_OR_ADVICE", "Training or advice"),
      Map.entry("NONE", "No action"),
      Map.entry("UNKNOWN", "Not stated"),
      Map.entry("OUTSIDE_PERIOD", "Dated outside the period"),
      Map.entry("SUPERSEDED", "Another form of an answer counted once"),
      Map.entry("EXCLUDED_BY_CORRECTION", "Excluded by a correction"),
      Map.entry("REPLACED_BY_TOTAL", "Replaced by a total set in a correction"),
      Map.entry("STATUS_SET_BY_CORRECTION", "Council's status set in a correction"));

  private Labels() {}

  /** The label for a code, or the text itself (years, nations, regions, types). */
  public static String of(String key) {
    return LABELS.getOrDefault(key, key);
  }
}
