package uk.breachreport.core.normalise;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** The request's period, both ends inclusive: {@code 2011-04-01..2014-03-31}. */
public record Period(LocalDate from, LocalDate to) implements Serializable {

  public static final Period STUDY = new Period(LocalDate.of(2011, 4, 1), LocalDate.of(2014, 3, 31));

  public Period {
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("period ends (" + to + ") before it starts (" + from + ")");
    }
  }

  public static Period parse(String text) {
    String[] ends = text.split("\\.\\.");
    if (ends.length != 2) {
      throw new IllegalArgumentException(
          "period '" + text + "' is not of the form 2011-04-01..2014-03-31");
    }
    try {
      return new Period(LocalDate.parse(ends[0].strip()), LocalDate.parse(ends[1].strip()));
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          "period '" + text + "' is not of the form 2011-04-01..2014-03-31: " + e.getMessage(), e);
    }
  }

  public boolean contains(LocalDate date) {
    return !date.isBefore(from) && !date.isAfter(to);
  }

  public long days() {
    return to.toEpochDay() - from.toEpochDay() + 1;
  }

  @Override
  public String toString() {
    return from + ".." + to;
  }
}
