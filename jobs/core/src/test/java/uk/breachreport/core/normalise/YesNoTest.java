package uk.breachreport.core.normalise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class YesNoTest {

  @ParameterizedTest(name = "[{index}] ''{0}'' -> {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          Y                           | YES
          y                           | YES
          Yes                         | YES
          YES                         | YES
          ' yes '                     | YES
          Yes.                        | YES
          x                           | YES
          X                           | YES
          ✓                           | YES
          ✔                           | YES
          true                        | YES
          TRUE                        | YES
          1                           | YES
          1.0                         | YES
          Yes - reported 12/06/2012   | YES
          'Yes, by phone'             | YES
          Y (verbal)                  | YES
          N                           | NO
          n                           | NO
          No                          | NO
          NO                          | NO
          no.                         | NO
          false                       | NO
          0                           | NO
          0.0                         | NO
          ✗                           | NO
          'No, not required'          | NO
          No - below threshold        | NO
          N/A                         | BLANK
          n/a                         | BLANK
          na                          | BLANK
          Not applicable              | BLANK
          Unknown                     | BLANK
          not known                   | BLANK
          TBC                         | BLANK
          -                           | BLANK
          Y/N                         | UNRECOGNISED
          Yes/No                      | UNRECOGNISED
          No / Yes                    | UNRECOGNISED
          maybe                       | UNRECOGNISED
          Yesterday                   | UNRECOGNISED
          Not reported                | UNRECOGNISED
          Nope                        | UNRECOGNISED
          2                           | UNRECOGNISED
          see notes                   | UNRECOGNISED
          """)
  void spellings(String text, YesNoValue expected) {
    assertEquals(expected, YesNo.parse(text));
  }

  @ParameterizedTest(name = "[{index}] blank ''{0}''")
  @NullAndEmptySource
  @ValueSource(strings = {"  ", "\u00a0"})
  void blankIsNull(String text) {
    assertEquals(YesNoValue.BLANK, YesNo.parse(text));
    assertNull(YesNo.parse(text).asBoolean());
  }

  @ParameterizedTest(name = "[{index}] {0} -> {1}")
  @CsvSource(value = {"YES, true", "NO, false", "BLANK, ", "UNRECOGNISED, "})
  void asBoolean(YesNoValue value, Boolean expected) {
    assertEquals(expected, value.asBoolean());
  }

  @ParameterizedTest
  @ValueSource(strings = {"maybe", "Y/N"})
  void unrecognisedIsFlagged(String text) {
    assertFalse(YesNo.parse(text).recognised());
  }
}
