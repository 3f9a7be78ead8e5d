package uk.breachreport.core.model;

/**
 * Action taken after a breach, declared from most to least severe: {@link #moreSevere} relies on
 * the order. {@link #UNKNOWN} means the response did not say.
 */
public enum Action {
  PROSECUTION,
  DISMISSAL,
  RESIGNATION,
  DISCIPLINARY,
  TRAINING_OR_ADVICE,
  NONE,
  UNKNOWN;

  /** The more severe of two actions; any stated action beats {@link #UNKNOWN}. */
  public Action moreSevere(Action other) {
    return other.ordinal() < ordinal() ? other : this;
  }
}
