package uk.breachreport.core.quality;

/**
 * Why a record read from an answer is not counted, as a stable code for {@code quality.json}'s
 * buckets; the message with its values (the date, the correction's line) is in {@code rejects/}.
 */
public enum ExclusionCode {
  /** Dated outside {@code --period}. */
  OUTSIDE_PERIOD,
  /** Its file is another form of an answer counted from another file. */
  SUPERSEDED,
  /** A row left out by a line of corrections.csv. */
  EXCLUDED_BY_CORRECTION,
  /** The council's records replaced by a total set in corrections.csv. */
  REPLACED_BY_TOTAL,
  /** The council's status set in corrections.csv to one that counts no breaches. */
  STATUS_SET_BY_CORRECTION
}
