package uk.breachreport.core.report;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks personal identifiers that councils sometimes leave in incident descriptions before the
 * text is published. Errs towards masking: a false "[postcode]" costs less than a leaked one.
 */
public final class PersonalDataMask {

  private record Rule(Pattern pattern, String replacement) {}

  // Order matters: e-mail addresses contain digits and letters the later rules would half-match.
  private static final List<Rule> RULES =
      List.of(
          new Rule(
              Pattern.compile("[A-Za-z0-9._%+'-]+@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}"),
              "[email]"),
          // Prefix letters as HMRC issues them (no D, F, I, Q, U, V; no O second), suffix A-D.
          new Rule(
              Pattern.compile(
                  "(?<![A-Za-z0-9])[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\\s?\\d{2}\\s?\\d{2}\\s?\\d{2}\\s?[A-D](?![A-Za-z0-9])",
                  Pattern.CASE_INSENSITIVE),
              "[NI number]"),
          // 0 or +44 then 9 or 10 more digits, spaced, hyphenated or with the area code bracketed.
          new Rule(
              Pattern.compile(
                  "(?<![\\w+/-])(?:\\+44\\s?(?:\\(0\\)\\s?)?|\\(?0)\\d(?:[\\s-]?\\)?[\\s-]?\\d){8,9}(?![\\w/])"),
              "[phone]"),
          new Rule(
              Pattern.compile(
                  "(?<![A-Za-z0-9])(?:[A-Z]{1,2}\\d[A-Z\\d]?|GIR)\\s?\\d[A-Z]{2}(?![A-Za-z0-9])",
                  Pattern.CASE_INSENSITIVE),
              "[postcode]"));

  private PersonalDataMask() {}

  /** The text with e-mail addresses, UK phone numbers, NI numbers and postcodes replaced. */
  public static String mask(String text) {
    if (text == null) {
      return null;
    }
    String masked = text;
    for (Rule rule : RULES) {
      masked = rule.pattern().matcher(masked).replaceAll(Matcher.quoteReplacement(rule.replacement()));
    }
    return masked;
  }
}
