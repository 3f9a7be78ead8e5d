package uk.breachreport.core.normalise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class CountsTest {

  @ParameterizedTest(name = "[{index}] ''{0}'' -> {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          12        | 12
          12.0      | 12
          12.00     | 12
          '1,234'   | 1234
          '1,234.0' | 1234
          '  7  '   | 7
          0         | 0
          007       | 7
          nil       | 0
          Nil       | 0
          NONE      | 0
          zero      | 0
          -         | 0
          –         | 0
          """)
  void counts(String text, long expected) {
    assertEquals(CountValue.of(expected), Counts.parse(text));
  }

  @ParameterizedTest(name = "[{index}] ''{0}'' is suppressed")
  @ValueSource(
      strings = {
        "<5", "< 5", "<=5", "≤5", "*", "**", "fewer than 5", "Fewer than five", "less than 5",
        "under 5", "below 10", "1-4", "1 - 4", "1 to 4", "5 or fewer", "5 or less", "suppressed",
        "Suppressed", "redacted", "[c]", "[C]", "[x]", "small number"
      })
  void suppressed(String text) {
    CountValue c = Counts.parse(text);
    assertTrue(c.suppressed());
    assertNull(c.value());
    assertTrue(c.valid());
    assertFalse(c.blank());
  }

  @ParameterizedTest(name = "[{index}] blank ''{0}''")
  @NullAndEmptySource
  @ValueSource(strings = {"   ", "\u00a0", "\t"})
  void blank(String text) {
    CountValue c = Counts.parse(text);
    assertTrue(c.blank());
    assertTrue(c.valid());
    assertFalse(c.suppressed());
    assertNull(c.value());
  }

  @ParameterizedTest(name = "[{index}] ''{0}'' is invalid")
  @ValueSource(
      strings = {
        "n/a", "see note", "twelve", "-3", "- 3", "2.5", "12.50", "1,23", "12,34,567", "5-1",
        "approx 10", "10+", "1e3", "99999999999999999999", "yes", "c"
      })
  void invalid(String text) {
    CountValue c = Counts.parse(text);
    assertFalse(c.valid());
    assertNull(c.value());
    assertFalse(c.suppressed());
    assertFalse(c.blank());
    assertTrue(c.problem().contains("'" + text + "'"), c.problem());
  }

  @ParameterizedTest(name = "[{index}] ''{0}'': {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          -3      | negative
          2.5     | not a whole number
          n/a     | suppression mark
          """)
  void invalidSaysWhy(String text, String reason) {
    assertTrue(Counts.parse(text).problem().contains(reason), Counts.parse(text).problem());
  }

  @Test
  void inconsistentValuesCannotBeBuilt() {
    assertThrows(IllegalArgumentException.class, () -> new CountValue(3L, true, null));
    assertThrows(IllegalArgumentException.class, () -> new CountValue(-1L, false, null));
    assertThrows(IllegalArgumentException.class, () -> new CountValue(null, true, "bad"));
  }
}
