package uk.breachreport.core.words;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Numbers written in words ("forty-seven", "one hundred and three", "a total of twelve") turned
 * into digits, so a letter's figures are read one way whatever its writer's habit. A number given
 * twice, in digits and words ("47 (forty-seven)"), is kept once.
 */
public final class NumberWords {

  private static final Map<String, Integer> UNITS = Map.ofEntries(
      Map.entry("zero", 0), Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3),
      Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7),
      Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11),
      Map.entry("twelve", 12), Map.entry("thirteen", 13), Map.entry("fourteen", 14),
      Map.entry("fifteen", 15), Map.entry("sixteen", 16), Map.entry("seventeen", 17),
      Map.entry("eighteen", 18), Map.entry("nineteen", 19));
  private static final Map<String, Integer> TENS = Map.of(
      "twenty", 20, "thirty", 30, "forty", 40, "fifty", 50, "sixty", 60, "seventy", 70,
      "eighty", 80, "ninety", 90);
  private static final String WORD = "(?:" + String.join("|", UNITS.keySet()) + "|"
      + String.join("|", TENS.keySet()) + "|hundred|thousand)";
  /** A run of number words joined by spaces, hyphens or "and" ("one hundred and three"). */
  private static final Pattern RUN = Pattern.compile(
      "\\b" + WORD + "(?:(?:\\s*-\\s*|\\s+(?:and\\s+)?)" + WORD + ")*\\b",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern REPEATED = Pattern.compile("\\b(\\d+)\\s*\\(\\s*\\1\\s*\\)");

  private NumberWords() {}

  /** The text with each run of number words replaced by its value in digits. */
  public static String digits(String text) {
    Matcher m = RUN.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      Long value = value(m.group());
      m.appendReplacement(out, Matcher.quoteReplacement(
          value == null ? m.group() : Long.toString(value)));
    }
    m.appendTail(out);
    return REPEATED.matcher(out).replaceAll("$1");
  }

  /** The value of a run of number words, or null where it does not make one number. */
  static Long value(String run) {
    long total = 0;
    long current = 0;
    boolean any = false;
    for (String word : run.toLowerCase(Locale.ROOT).split("[\\s-]+")) {
      if (word.equals("and") || word.isEmpty()) {
        continue;
      }
      if (UNITS.containsKey(word) || TENS.containsKey(word)) {
        int v = UNITS.containsKey(word) ? UNITS.get(word) : TENS.get(word);
        if (current % 10 != 0 || (current % 100 != 0 && v >= 10)) {
          return null; // "five six" is two numbers, not one
        }
        current += v;
      } else if (word.equals("hundred")) {
        current = (current == 0 ? 1 : current) * 100;
      } else { // thousand
        total += (current == 0 ? 1 : current) * 1000;
        current = 0;
      }
      any = true;
    }
    return any ? total + current : null;
  }
}
