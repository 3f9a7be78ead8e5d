package uk.breachreport.core.normalise;

import java.util.Locale;
import java.util.regex.Pattern;
import uk.breachreport.core.text.PlainText;

/**
 * Counts as councils write them in summary tables: plain or comma-grouped whole numbers, Excel
 * numbers that arrived as text ("12.0"), words for zero, and the usual marks for a suppressed
 * small number.
 */
public final class Counts {

  private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
  private static final Pattern WHOLE = Pattern.compile("(\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.0+)?");
  private static final Pattern ZERO = Pattern.compile("nil|none|zero|-", FLAGS);
  private static final String SMALL = "(?:\\d+|one|two|three|four|five|six|seven|eight|nine|ten)";
  private static final Pattern SUPPRESSED =
      Pattern.compile(
          String.join(
              "|",
              "(?:<|<=|≤|=<)\\s*\\d+",
              "\\*+",
              "(?:fewer|less)\\s+than\\s+" + SMALL,
              "(?:under|below)\\s+" + SMALL,
              SMALL + "\\s+or\\s+(?:fewer|less|under|below)",
              "\\d+\\s*(?:-|to)\\s*\\d+",
              "suppressed|redacted|withheld|small number|low number",
              "\\[\\s*(?:c|x|low|suppressed)\\s*\\]"),
          FLAGS);
  private static final Pattern RANGE = Pattern.compile("(\\d+)\\s*(?:-|to)\\s*(\\d+)", FLAGS);
  private static final Pattern NEGATIVE = Pattern.compile("-\\s*\\d+(?:\\.\\d+)?");
  private static final Pattern DECIMAL = Pattern.compile("\\d+\\.\\d*[1-9]\\d*");

  private Counts() {}

  /**
   * The count in a cell. "nil", "none", "zero", "-" are 0; "&lt;5", "*", "fewer than 5", "under
   * 5", "1-4", "5 or fewer", "suppressed", "[c]" are suppressed; blank is {@link
   * CountValue#blank()}; anything else, negative and fractional numbers included, is invalid with
   * a reason.
   */
  public static CountValue parse(String text) {
    if (text == null) {
      return CountValue.BLANK;
    }
    String s = PlainText.of(text);
    if (s.isEmpty()) {
      return CountValue.BLANK;
    }
    if (WHOLE.matcher(s).matches()) {
      return whole(s, text);
    }
    if (ZERO.matcher(s).matches()) {
      return CountValue.of(0);
    }
    if (SUPPRESSED.matcher(s).matches() && !backwardRange(s)) {
      return CountValue.SUPPRESSED;
    }
    if (NEGATIVE.matcher(s).matches()) {
      return CountValue.invalid("count '" + text + "' is negative: expected a whole number 0 or more");
    }
    if (DECIMAL.matcher(s).matches()) {
      return CountValue.invalid("count '" + text + "' is not a whole number");
    }
    return CountValue.invalid(
        "count '" + text + "' is not a number, a suppression mark such as '<5' or '*', or blank");
  }

  private static CountValue whole(String s, String text) {
    String digits = s.replace(",", "");
    int point = digits.indexOf('.');
    try {
      return CountValue.of(Long.parseLong(point < 0 ? digits : digits.substring(0, point)));
    } catch (NumberFormatException e) {
      return CountValue.invalid("count '" + text + "' is too large");
    }
  }

  /** "5-1" is no range of small numbers; it is rejected rather than read as suppressed. */
  private static boolean backwardRange(String s) {
    var m = RANGE.matcher(s.toLowerCase(Locale.ROOT));
    return m.matches() && Long.parseLong(m.group(1)) >= Long.parseLong(m.group(2));
  }
}
