package uk.breachreport.core.text;

import java.util.regex.Pattern;

/**
 * A council's text with the typography a word processor adds taken out, so the rules match what
 * the words say: non-breaking spaces, curly quotes, en and em dashes and minus signs become their
 * plain forms, runs of whitespace one space, and the ends are trimmed.
 */
public final class PlainText {

  // Compiled once: the normaliser folds a dozen texts per record.
  private static final Pattern SINGLE_QUOTES = Pattern.compile("[\u2018\u2019\u02bc]");
  private static final Pattern DOUBLE_QUOTES = Pattern.compile("[\u201c\u201d]");
  private static final Pattern DASHES = Pattern.compile("[\u2010-\u2015\u2212]");
  private static final Pattern SPACES = Pattern.compile("[\\s\u00a0]+");

  private PlainText() {}

  /** The plain form of the text; "" for null. */
  public static String of(String text) {
    if (text == null) {
      return "";
    }
    if (isPlain(text)) {
      return text;
    }
    String s = SINGLE_QUOTES.matcher(text).replaceAll("'");
    s = DOUBLE_QUOTES.matcher(s).replaceAll("\"");
    s = DASHES.matcher(s).replaceAll("-");
    return SPACES.matcher(s).replaceAll(" ").trim();
  }

  /**
   * Whether the text is already its own plain form, checked in one pass: most cells are, and the
   * four replacements cost a regular-expression pass each, a million rows times several texts.
   */
  private static boolean isPlain(String text) {
    int n = text.length();
    if (n > 0 && (text.charAt(0) <= ' ' || text.charAt(n - 1) <= ' ')) {
      return false; // trim would take it off
    }
    char previous = 'x';
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c == ' ' ? previous == ' ' : c < ' ' || isFolded(c)) {
        return false;
      }
      previous = c;
    }
    return true;
  }

  /** A character one of the replacements changes, other than a single space. */
  private static boolean isFolded(char c) {
    return c == '\u00a0' || c == '\u2018' || c == '\u2019' || c == '\u02bc' || c == '\u201c'
        || c == '\u201d' || (c >= '\u2010' && c <= '\u2015') || c == '\u2212';
  }
}
