package uk.breachreport.core.model;

/** What happened, as SPEC's unified record names it. */
public enum Category {
  LOSS_OR_THEFT_DEVICE,
  LOSS_OR_THEFT_PAPER,
  SENT_TO_WRONG_RECIPIENT,
  PUBLISHED_IN_ERROR,
  UNAUTHORISED_ACCESS,
  UNAUTHORISED_DISCLOSURE,
  INSECURE_DISPOSAL,
  CYBER_INCIDENT,
  /** Described, but by none of the other categories. */
  OTHER,
  /** The response gives no description at all. */
  UNSPECIFIED
}
