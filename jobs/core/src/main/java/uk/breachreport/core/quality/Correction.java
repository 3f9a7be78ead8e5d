package uk.breachreport.core.quality;

import java.io.Serializable;

/**
 * One line of {@code corrections.csv}: the analyst's decision after review. {@code authorityCode}
 * is the register code the {@code authority} column resolved to (null when it named none);
 * {@code sheet} and {@code row} are null when not given.
 */
public record Correction(int line, String authority, String authorityCode, String file,
    String sheet, Integer row, Field field, String value, String note) implements Serializable {

  /** What a line changes. */
  public enum Field {
    /** A council's status: RESPONDED, NIL_RETURN, REFUSED, NO_RESPONSE or HELD_FOR_REVIEW. */
    STATUS,
    /** A council's total: its records are replaced by one record of this many breaches. */
    TOTAL,
    /** A record's category. */
    CATEGORY,
    /** A record's action taken. */
    ACTION,
    /** A file or one of its rows left out. */
    EXCLUDE,
    /** A held council's figures confirmed (the value, when given, must be its total). */
    CONFIRM
  }

  /** Where the line applies, as the methodology shows it. */
  public String target() {
    if (file == null) {
      return authority;
    }
    return file + (sheet == null ? "" : ", sheet " + sheet) + (row == null ? "" : ", row " + row);
  }

  /** "line 3 (category = SENT_TO_WRONG_RECIPIENT)": how messages name it. */
  public String label() {
    return "corrections.csv line " + line + " (" + field.name().toLowerCase()
        + (value == null ? "" : " = " + value) + ")";
  }
}
