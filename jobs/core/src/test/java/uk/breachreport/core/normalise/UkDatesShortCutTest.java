package uk.breachreport.core.normalise;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.breachreport.core.model.DatePrecision;

/**
 * The short cuts in {@link UkDates}: an ISO day read without a regular expression, and the
 * financial year's label built by hand, give what the general forms give.
 */
class UkDatesShortCutTest {

  @ParameterizedTest
  @CsvSource({"2012-06-05, 2012-06-05, 2012-13", "2013-03-31, 2013-03-31, 2012-13",
      "2009-04-01, 2009-04-01, 2009-10", "1999-12-31, 1999-12-31, 1999-00",
      "2012-6-5, 2012-06-05, 2012-13", "' 2012-06-05 ', 2012-06-05, 2012-13",
      "2012-06-05 10:30, 2012-06-05, 2012-13"})
  void anIsoDayIsThatDay(String text, LocalDate day, String financialYear) {
    assertEquals(Optional.of(new DateValue(day, DatePrecision.DAY, financialYear)),
        UkDates.parse(text));
  }

  @ParameterizedTest
  @CsvSource({"2012-02-30", "2012-13-01", "2012-00-10", "20120605", "2012/06/05x"})
  void anImpossibleIsoDayIsNoDate(String text) {
    assertEquals(Optional.empty(), UkDates.parse(text));
  }

  @ParameterizedTest
  @CsvSource({"2008-04-01, 2008-09", "2010-01-01, 2009-10", "2099-06-01, 2099-00",
      "0001-06-01, 1-02", "0000-01-01, -1-00"})
  void theFinancialYearsLabel(LocalDate day, String label) {
    assertEquals(label, UkDates.financialYear(day));
  }
}
