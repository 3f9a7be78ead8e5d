package uk.breachreport.core.report;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks personal identifiers that councils sometimes leave in incident descriptions before the
 * text is published. Errs towards masking: a false "[postcode]" costs less than a leaked one.
 */
public final class PersonalDataMask {

  /**
   * A pattern, its replacement, and what any match must contain: an '@' ({@code at}) and at least
   * {@code digits} ASCII digits. A text without them is not searched by that pattern: most
   * descriptions hold no identifier, and searching every one with every pattern cost some 40% as
   * much as rendering all the factsheets (a flight recording of the job at 8,660 councils).
   */
  private record Rule(Pattern pattern, String replacement, boolean at, int digits) {}

  // Order matters: e-mail addresses contain digits and letters the later rules would half-match.
  // No replacement holds a digit or an '@', so the counts in the original text bound every
  // later rule's input.
  private static final List<Rule> RULES =
      List.of(
          new Rule(
              Pattern.compile("[A-Za-z0-9._%+'-]+@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}"),
              Matcher.quoteReplacement("[email]"), true, 0),
          // Prefix letters as HMRC issues them (no D, F, I, Q, U, V; no O second), suffix A-D.
          new Rule(
              Pattern.compile(
                  "(?<![A-Za-z0-9])[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\\s?\\d{2}\\s?\\d{2}\\s?\\d{2}\\s?[A-D](?![A-Za-z0-9])",
                  Pattern.CASE_INSENSITIVE),
              Matcher.quoteReplacement("[NI number]"), false, 6),
          // 0 or +44 then 9 or 10 more digits, spaced, hyphenated or with the area code bracketed.
          new Rule(
              Pattern.compile(
                  "(?<![\\w+/-])(?:\\+44\\s?(?:\\(0\\)\\s?)?|\\(?0)\\d(?:[\\s-]?\\)?[\\s-]?\\d){8,9}(?![\\w/])"),
              Matcher.quoteReplacement("[phone]"), false, 9),
          // GIR 0AA has one digit, every other postcode two.
          new Rule(
              Pattern.compile(
                  "(?<![A-Za-z0-9])(?:[A-Z]{1,2}\\d[A-Z\\d]?|GIR)\\s?\\d[A-Z]{2}(?![A-Za-z0-9])",
                  Pattern.CASE_INSENSITIVE),
              Matcher.quoteReplacement("[postcode]"), false, 1));

  private PersonalDataMask() {}

  /** The text with e-mail addresses, UK phone numbers, NI numbers and postcodes replaced. */
  public static String mask(String text) {
    if (text == null) {
      return null;
    }
    // The patterns' \d is ASCII only (no UNICODE_CHARACTER_CLASS), so these are the digits.
    int digits = 0;
    boolean at = false;
    for (int i = 0; i < text.length(); i++) {
      char ch = text.charAt(i);
      if (ch >= '0' && ch <= '9') {
        digits++;
      } else if (ch == '@') {
        at = true;
      }
    }
    String masked = text;
    for (Rule rule : RULES) {
      if (digits >= rule.digits() && (at || !rule.at())) {
        masked = rule.pattern().matcher(masked).replaceAll(rule.replacement());
      }
    }
    return masked;
  }
}
