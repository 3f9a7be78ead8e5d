package uk.breachreport.core.model;

/** What an authority's answer amounted to. */
public enum ResponseStatus {
  RESPONDED,
  NIL_RETURN,
  REFUSED,
  NO_RESPONSE,
  /** Figures too implausible to publish until {@code corrections.csv} confirms or corrects them. */
  HELD_FOR_REVIEW
}
