package uk.breachreport.core.model;

/** What became of one input file. */
public enum FileOutcome {
  USED,
  NIL_RETURN,
  REFUSED,
  REJECTED,
  /** The manifest itself. */
  MANIFEST,
  /** The same bytes as another input file, which was read instead. */
  DUPLICATE,
  /** The same answer as another file in another form, or an earlier answer since revised. */
  SUPERSEDED,
  /** Left out by a line of {@code corrections.csv}. */
  EXCLUDED,
  /** {@code corrections.csv} itself. */
  CORRECTIONS
}
