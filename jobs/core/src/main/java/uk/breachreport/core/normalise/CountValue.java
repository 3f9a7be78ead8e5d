package uk.breachreport.core.normalise;

import java.io.Serializable;

/**
 * What a count cell said. Exactly one of four things:
 *
 * <ul>
 *   <li>a count: {@code value} set (0 or more), not suppressed;
 *   <li>suppressed: the response hid a small number ({@code <5}, {@code *}); {@code value} null;
 *   <li>blank: no count at all; {@code value} null, not suppressed;
 *   <li>invalid: {@code problem} says why, naming the raw text; {@code value} null.
 * </ul>
 */
public record CountValue(Long value, boolean suppressed, String problem) implements Serializable {

  static final CountValue BLANK = new CountValue(null, false, null);
  static final CountValue SUPPRESSED = new CountValue(null, true, null);

  public CountValue {
    if (value != null && (value < 0 || suppressed || problem != null)) {
      throw new IllegalArgumentException(
          "a count is a non-negative value, neither suppressed nor invalid: " + value);
    }
    if (suppressed && problem != null) {
      throw new IllegalArgumentException("a suppressed count cannot also be invalid");
    }
  }

  static CountValue of(long value) {
    return new CountValue(value, false, null);
  }

  static CountValue invalid(String problem) {
    return new CountValue(null, false, problem);
  }

  /** False when the text was neither a count, a suppression mark nor blank. */
  public boolean valid() {
    return problem == null;
  }

  /** True when the cell was empty: no count, not hidden either. */
  public boolean blank() {
    return value == null && !suppressed && problem == null;
  }
}
