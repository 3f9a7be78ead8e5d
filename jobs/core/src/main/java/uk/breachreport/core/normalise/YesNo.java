package uk.breachreport.core.normalise;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import uk.breachreport.core.text.PlainText;

/**
 * Yes/no cells ("Reported to ICO?", "Children's data?"), case-insensitive.
 *
 * <p>"n/a", "not applicable", "unknown", "not known", "tbc" and "-" are {@link YesNoValue#BLANK}:
 * they say nothing either way, and a missing answer is not a "no". Text that starts with a clear
 * yes or no word ("Yes - reported 12/06/2012", "No, not required") is that answer, unless the next
 * word is the opposite one ("Y/N", "yes/no", a template left unfilled), which is unrecognised.
 */
public final class YesNo {

  private static final Set<String> YES = Set.of("y", "yes", "x", "✓", "✔", "☑", "true", "1", "1.0");
  private static final Set<String> NO = Set.of("n", "no", "false", "0", "0.0", "✗", "✘", "☒");
  private static final Set<String> YES_WORDS = Set.of("y", "yes", "true");
  private static final Set<String> NO_WORDS = Set.of("n", "no", "false");
  private static final Pattern NOTHING_STATED =
      Pattern.compile(
          "n/?a|not applicable|unknown|not known|tbc|to be confirmed|-+|\\?+",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern WORDS = Pattern.compile("[^\\p{L}]+");

  private YesNo() {}

  public static YesNoValue parse(String text) {
    if (text == null) {
      return YesNoValue.BLANK;
    }
    String s = PlainText.of(text).toLowerCase(Locale.ROOT);
    // The plain answers first: none of them is a "nothing stated", so the order does not matter.
    if (YES.contains(s)) {
      return YesNoValue.YES;
    }
    if (NO.contains(s)) {
      return YesNoValue.NO;
    }
    if (s.isEmpty() || NOTHING_STATED.matcher(s).matches()) {
      return YesNoValue.BLANK;
    }
    return leadingWord(s);
  }

  private static YesNoValue leadingWord(String s) {
    String[] words = WORDS.split(s, 3);
    String first = words[0];
    String second = words.length > 1 ? words[1] : "";
    if (YES_WORDS.contains(first) && !NO_WORDS.contains(second)) {
      return YesNoValue.YES;
    }
    if (NO_WORDS.contains(first) && !YES_WORDS.contains(second)) {
      return YesNoValue.NO;
    }
    return YesNoValue.UNRECOGNISED;
  }
}
