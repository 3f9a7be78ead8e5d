package uk.breachreport.core.normalise;

/** What a yes/no cell said; {@link #asBoolean()} is the value for a nullable boolean column. */
public enum YesNoValue {
  YES,
  NO,
  /** Nothing stated: empty, or "n/a", "unknown", "not known". */
  BLANK,
  /** Text that is neither: the caller rejects it or keeps null with an issue naming the text. */
  UNRECOGNISED;

  public Boolean asBoolean() {
    return switch (this) {
      case YES -> Boolean.TRUE;
      case NO -> Boolean.FALSE;
      case BLANK, UNRECOGNISED -> null;
    };
  }

  public boolean recognised() {
    return this != UNRECOGNISED;
  }
}
