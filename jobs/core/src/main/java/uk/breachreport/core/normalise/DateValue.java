package uk.breachreport.core.normalise;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;
import uk.breachreport.core.model.DatePrecision;

/**
 * A date as precisely as a response gave it. {@code date} is the day itself for {@link
 * DatePrecision#DAY}, else the first day of the month, of the (financial) quarter or of the
 * financial year (1 April). {@code financialYear} is always set, e.g. "2012-13".
 */
public record DateValue(LocalDate date, DatePrecision precision, String financialYear)
    implements Serializable {

  public DateValue {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(precision, "precision");
    Objects.requireNonNull(financialYear, "financialYear");
  }

  static DateValue of(LocalDate date, DatePrecision precision) {
    return new DateValue(date, precision, UkDates.financialYear(date));
  }
}
