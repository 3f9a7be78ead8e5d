package uk.breachreport.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The plain form of a text, whether it takes the short cut for text already plain or the
 * replacements: the same as the four replacements in order, written out here as the rule.
 */
class PlainTextTest {

  private static String byTheRule(String text) {
    String s = Pattern.compile("[\u2018\u2019\u02bc]").matcher(text).replaceAll("'");
    s = Pattern.compile("[\u201c\u201d]").matcher(s).replaceAll("\"");
    s = Pattern.compile("[\u2010-\u2015\u2212]").matcher(s).replaceAll("-");
    return Pattern.compile("[\\s\u00a0]+").matcher(s).replaceAll(" ").trim();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Loss of paperwork|Loss of paperwork",
      "two  spaces|two spaces",
      "' lead'|lead",
      "'trail '|trail",
      "'tab\there'|tab here",
      "'no\u00a0break'|no break",
      "\u2018quoted\u2019|'''quoted'''",
      "\u201cdouble\u201d|\"double\"",
      "2012\u20132013|2012-2013",
      "\u22121|-1",
      "''|''"})
  void typographyIsTakenOut(String text, String plain) {
    assertEquals(plain, PlainText.of(text));
  }

  @Test
  void nullIsEmpty() {
    assertEquals("", PlainText.of(null));
  }

  @Test
  void anyTextGivesWhatTheReplacementsGive() {
    char[] alphabet = {'a', 'B', '1', ' ', ' ', '\t', '\n', '\r', '\u000b', '\f', '\u0001',
        '\u00a0', '\u2018', '\u2019', '\u02bc', '\u201c', '\u201d', '\u2010', '\u2013', '\u2015',
        '\u2212', '\u2016', '-', '\'', 'é', '\u2028'};
    Random random = new Random(14);
    for (int i = 0; i < 20_000; i++) {
      StringBuilder text = new StringBuilder();
      int length = random.nextInt(8);
      for (int c = 0; c < length; c++) {
        text.append(alphabet[random.nextInt(alphabet.length)]);
      }
      assertEquals(byTheRule(text.toString()), PlainText.of(text.toString()),
          "'" + text + "'");
    }
  }
}
