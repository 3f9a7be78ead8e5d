package uk.breachreport.core.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SpreadsheetSafeTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      textBlock = """
          =HYPERLINK("http://x","click")  | '=HYPERLINK("http://x","click")
          +44 7700 900123                 | '+44 7700 900123
          -2+3+cmd /C calc!A0             | '-2+3+cmd /C calc!A0
          @SUM(1+1)                       | '@SUM(1+1)
          -                               | '-
          Southampton City Council        | Southampton City Council
          a=b                             | a=b
          -12                             | -12
          -0.5                            | -0.5
          42                              | 42
          """)
  void neutralisesFormulaStarts(String value, String expected) {
    assertEquals(expected, SpreadsheetSafe.text(value));
  }

  @Test
  void tabAndCarriageReturnStartsAreNeutralised() {
    assertEquals("'\t=1", SpreadsheetSafe.text("\t=1"));
    assertEquals("'\r=1", SpreadsheetSafe.text("\r=1"));
  }

  @Test
  void emptyAndNullPassThrough() {
    assertEquals("", SpreadsheetSafe.text(""));
    assertNull(SpreadsheetSafe.text(null));
  }
}
