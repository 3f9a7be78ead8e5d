package uk.breachreport.core.model;

/** What became of one input file. */
public enum FileOutcome {
  USED,
  NIL_RETURN,
  REFUSED,
  REJECTED,
  /** The manifest itself. */
  MANIFEST
}
