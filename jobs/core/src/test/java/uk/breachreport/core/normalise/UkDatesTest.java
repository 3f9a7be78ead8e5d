package uk.breachreport.core.normalise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import uk.breachreport.core.model.DatePrecision;

class UkDatesTest {

  @ParameterizedTest(name = "[{index}] ''{0}'' -> {1} {2}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          05/06/2012                 | 2012-06-05 | DAY            | 2012-13
          5/6/12                     | 2012-06-05 | DAY            | 2012-13
          05-06-2012                 | 2012-06-05 | DAY            | 2012-13
          05.06.2012                 | 2012-06-05 | DAY            | 2012-13
          2012-06-05                 | 2012-06-05 | DAY            | 2012-13
          5 Jun 2012                 | 2012-06-05 | DAY            | 2012-13
          5th June 2012              | 2012-06-05 | DAY            | 2012-13
          1st of April 2011          | 2011-04-01 | DAY            | 2011-12
          Tuesday 5 June 2012        | 2012-06-05 | DAY            | 2012-13
          Tue 5th June 2012          | 2012-06-05 | DAY            | 2012-13
          5-Jun-12                   | 2012-06-05 | DAY            | 2012-13
          05-Jun-2012                | 2012-06-05 | DAY            | 2012-13
          June 5th 2012              | 2012-06-05 | DAY            | 2012-13
          'June 5, 2012'             | 2012-06-05 | DAY            | 2012-13
          05/06/2012 14:30           | 2012-06-05 | DAY            | 2012-13
          05/06/2012 14:30:00        | 2012-06-05 | DAY            | 2012-13
          05/06/2012 2:30 pm         | 2012-06-05 | DAY            | 2012-13
          2012-06-05T14:30:00        | 2012-06-05 | DAY            | 2012-13
          2012-06-05 00:00:00        | 2012-06-05 | DAY            | 2012-13
          '  31/03/2013  '           | 2013-03-31 | DAY            | 2012-13
          29/02/2012                 | 2012-02-29 | DAY            | 2011-12
          12/01/2014                 | 2014-01-12 | DAY            | 2013-14
          June 2012                  | 2012-06-01 | MONTH          | 2012-13
          Jun-12                     | 2012-06-01 | MONTH          | 2012-13
          Jun 2012                   | 2012-06-01 | MONTH          | 2012-13
          Sept 2011                  | 2011-09-01 | MONTH          | 2011-12
          March 2012                 | 2012-03-01 | MONTH          | 2011-12
          06/2012                    | 2012-06-01 | MONTH          | 2012-13
          2012/13                    | 2012-04-01 | FINANCIAL_YEAR | 2012-13
          2012-13                    | 2012-04-01 | FINANCIAL_YEAR | 2012-13
          2012/2013                  | 2012-04-01 | FINANCIAL_YEAR | 2012-13
          FY 2012/13                 | 2012-04-01 | FINANCIAL_YEAR | 2012-13
          Financial year 2013-14     | 2013-04-01 | FINANCIAL_YEAR | 2013-14
          April 2011 - March 2012    | 2011-04-01 | FINANCIAL_YEAR | 2011-12
          Q1 2012/13                 | 2012-04-01 | QUARTER        | 2012-13
          Q2 2012/13                 | 2012-07-01 | QUARTER        | 2012-13
          Qtr 3 2012-13              | 2012-10-01 | QUARTER        | 2012-13
          Quarter 4 2012/2013        | 2013-01-01 | QUARTER        | 2012-13
          2011/12 Q4                 | 2012-01-01 | QUARTER        | 2011-12
          """)
  void parsesCouncilForms(String text, LocalDate date, DatePrecision precision, String fy) {
    assertEquals(Optional.of(new DateValue(date, precision, fy)), UkDates.parse(text));
  }

  @ParameterizedTest(name = "[{index}] ''{0}'' is no date")
  @NullAndEmptySource
  @ValueSource(
      strings = {
        "31/02/2012", "30/02/2012", "29/02/2013", "32/01/2012", "05/13/2012", "00/06/2012",
        "2012-13-01", "31 Jun 2012", "Q2 2012", "Q5 2012/13", "2012/14", "2012-11", "2012",
        "June", "ongoing", "n/a", "05/06/2012 and 07/06/2012", "Smarch 2012", "   "
      })
  void rejectsImpossibleOrUnknownText(String text) {
    assertEquals(Optional.empty(), UkDates.parse(text));
  }

  @Test
  void dayBeforeMonthAlways() {
    assertEquals(LocalDate.of(2012, 12, 1), UkDates.parse("01/12/2012").orElseThrow().date());
    assertTrue(UkDates.parse("12/31/2012").isEmpty(), "US order is no UK date");
  }

  @ParameterizedTest(name = "[{index}] {0} (1904: {1}) -> {2}")
  @CsvSource({
    "1, false, 1900-01-01",
    "59, false, 1900-02-28",
    "61, false, 1900-03-01",
    "40634, false, 2011-04-01",
    "41065, false, 2012-06-05",
    "41065.75, false, 2012-06-05",
    "41729, false, 2014-03-31",
    "0, true, 1904-01-01",
    "39603, true, 2012-06-05",
    "39267, true, 2011-07-05",
    "40729, false, 2011-07-05"
  })
  void excelSerials(double serial, boolean date1904, LocalDate expected) {
    assertEquals(expected, UkDates.fromExcelSerial(serial, date1904));
  }

  @ParameterizedTest(name = "[{index}] {0} (1904: {1}) is rejected")
  @CsvSource({"60, false", "0, false", "-1, true", "NaN, false", "3000000, false"})
  void excelSerialsThatAreNoDates(double serial, boolean date1904) {
    var e =
        assertThrows(
            IllegalArgumentException.class, () -> UkDates.fromExcelSerial(serial, date1904));
    assertTrue(e.getMessage().contains("Excel serial date"), e.getMessage());
  }

  @ParameterizedTest(name = "[{index}] {0} is in {1}")
  @CsvSource({
    "2011-04-01, 2011-12",
    "2012-03-31, 2011-12",
    "2012-04-01, 2012-13",
    "2013-12-25, 2013-14",
    "2014-03-31, 2013-14",
    "1999-06-01, 1999-00",
    "2009-01-01, 2008-09"
  })
  void financialYearOfADay(LocalDate day, String expected) {
    assertEquals(expected, UkDates.financialYear(day));
  }

  @ParameterizedTest(name = "[{index}] ''{0}'' -> {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          2011-12                         | 2011-12
          2011/12                         | 2011-12
          2011/2012                       | 2011-12
          FY 2011-12                      | 2011-12
          FY2011-12                       | 2011-12
          FY 11/12                        | 2011-12
          April 2011 - March 2012         | 2011-12
          Apr 11 - Mar 12                 | 2011-12
          1 April 2011 to 31 March 2012   | 2011-12
          Breaches 2012/13                | 2012-13
          2013-14 incidents               | 2013-14
          Data protection breaches 2013–14 | 2013-14
          2012/13 and 2012-13             | 2012-13
          2011/12 (Apr-Mar)               | 2011-12
          FY 2011-12 (1 April 2011 - 31 March 2012) | 2011-12
          Year ending 31 March 2012       | 2011-12
          Year ended 31/03/2013           | 2012-13
          Y/E 31 Mar 14                   | 2013-14
          2011-2012                       | 2011-12
          01/04/2011 - 31/03/2012         | 2011-12
          """)
  void financialYearInAHeader(String text, String expected) {
    assertEquals(Optional.of(expected), UkDates.parseFinancialYear(text));
  }

  @ParameterizedTest(name = "[{index}] ''{0}'' names no single financial year")
  @NullAndEmptySource
  @ValueSource(
      strings = {
        "Sheet1", "2011-12-01", "01/2011/12", "2011-13", "2011/12 and 2012/13", "2012",
        "11/12", "Summary 2011-2014", "April 2011 - March 2013",
        "01/04/2011 - 31/03/2013", "Year ending 31 March 2012 to year ending 31 March 2014"
      })
  void noFinancialYearInAHeader(String text) {
    assertEquals(Optional.empty(), UkDates.parseFinancialYear(text));
  }
}
