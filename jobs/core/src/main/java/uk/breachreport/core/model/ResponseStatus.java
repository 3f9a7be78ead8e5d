package uk.breachreport.core.model;

/** What an authority's answer amounted to. */
public enum ResponseStatus {
  RESPONDED,
  NIL_RETURN,
  REFUSED,
  NO_RESPONSE
}
