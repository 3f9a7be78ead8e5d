package uk.breachreport.core.normalise;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Council names as whole tokens: case and accents folded (Môn = Mon), '&' read as "and", "St." and
 * "Saint" as "st", apostrophes dropped (King's = Kings), every other non-letter a separator. Each
 * token keeps its place in the original text so a match can be quoted as written.
 */
final class NameTokens {

  record Token(String text, int start, int end) {}

  /** Words that say what kind of council, not which one. */
  /** Compiled once: every word of every name a file or letter gives is folded. */
  private static final Pattern MARKS = Pattern.compile("\\p{M}");
  private static final Set<String> GENERIC =
      Set.of(
          "council", "councils", "borough", "city", "county", "district", "metropolitan", "royal",
          "corporation", "the", "of", "cc", "bc", "dc", "mbc", "mdc", "cbc", "lbc", "lb", "rb",
          "comhairle", "cyngor", "sir", "sirol", "bwrdeistref", "dinas");

  /** Generic phrases holding words that are not generic on their own. */
  private static final List<List<String>> GENERIC_PHRASES =
      List.of(
          List.of("london", "borough", "of"),
          List.of("london", "borough"),
          List.of("city", "and", "county"),
          List.of("city", "and", "district"),
          List.of("dinas", "a", "sir"));

  private NameTokens() {}

  static List<Token> tokens(String text) {
    List<Token> out = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    int start = -1;
    for (int i = 0; i <= text.length(); i++) {
      char c = i < text.length() ? text.charAt(i) : ' ';
      if (Character.isLetterOrDigit(c)) {
        if (start < 0) {
          start = i;
        }
        word.append(c);
      } else if (isApostrophe(c) && start >= 0) {
        continue;
      } else {
        if (start >= 0) {
          out.add(new Token(fold(word.toString()), start, i));
          word.setLength(0);
          start = -1;
        }
        if (c == '&') {
          out.add(new Token("and", i, i + 1));
        }
      }
    }
    return out;
  }

  /** The tokens with generic words and phrases removed. */
  static List<Token> core(List<Token> tokens) {
    List<Token> out = new ArrayList<>();
    int i = 0;
    while (i < tokens.size()) {
      int phrase = genericPhraseAt(tokens, i);
      if (phrase > 0) {
        i += phrase;
      } else {
        if (!GENERIC.contains(tokens.get(i).text())) {
          out.add(tokens.get(i));
        }
        i++;
      }
    }
    return out;
  }

  static String key(List<Token> tokens) {
    return String.join(" ", tokens.stream().map(Token::text).toList());
  }

  /** Whether the tokens from {@code i} are the phrase's words (compared without a list of them). */
  private static boolean startsAt(List<Token> tokens, int i, List<String> phrase) {
    for (int j = 0; j < phrase.size(); j++) {
      if (!phrase.get(j).equals(tokens.get(i + j).text())) {
        return false;
      }
    }
    return true;
  }

  private static int genericPhraseAt(List<Token> tokens, int i) {
    for (List<String> phrase : GENERIC_PHRASES) {
      if (i + phrase.size() <= tokens.size() && startsAt(tokens, i, phrase)) {
        return phrase.size();
      }
    }
    return 0;
  }

  private static boolean isApostrophe(char c) {
    return c == '\'' || c == '\u2019' || c == '\u2018' || c == '`';
  }

  private static String fold(String word) {
    String plain =
        MARKS.matcher(Normalizer.normalize(word, Normalizer.Form.NFD)).replaceAll("")
            .toLowerCase(Locale.ROOT);
    return plain.equals("saint") ? "st" : plain;
  }
}
