package uk.breachreport.core.normalise;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import uk.breachreport.core.model.Action;
import uk.breachreport.core.model.Authority;
import uk.breachreport.core.model.DatePrecision;
import uk.breachreport.core.model.Incident;
import uk.breachreport.core.model.Issue;
import uk.breachreport.core.model.RawRecord;

/**
 * Turns a raw record into SPEC's unified record: the council from the register, the date and
 * financial year with their precision, the period rule, the category, channel and action from the
 * taxonomy, and the yes/no columns.
 */
public final class IncidentNormaliser implements Serializable {

  private static final long serialVersionUID = 1L;
  /** A date cell formatted as a plain number shows Excel's serial ("41065"). */
  private static final Pattern EXCEL_SERIAL = Pattern.compile("^\\d{5}(\\.\\d+)?$");

  private final Register register;
  private final Taxonomy taxonomy;
  private final Period period;

  public IncidentNormaliser(Register register, Taxonomy taxonomy, Period period) {
    this.register = register;
    this.taxonomy = taxonomy;
    this.period = period;
  }

  public Normalised normalise(RawRecord raw, String authorityCode, String sha256) {
    List<Issue> warnings = new ArrayList<>();
    Authority council = register.byCode(authorityCode).orElseThrow(() ->
        new IllegalArgumentException("authority " + authorityCode + " is not in the register"));
    Optional<DateValue> when = date(raw, warnings);
    if (when.isPresent() && !inPeriod(when.get())) {
      return Normalised.excluded("dated " + describe(when.get()) + ", outside the period "
          + period, warnings);
    }
    String text = joined(raw.description(), raw.councilCategory());
    Incident incident = new Incident(
        council.code(), council.name(), council.type(), council.nation(), council.region(),
        when.map(DateValue::financialYear).orElse(null),
        when.filter(d -> d.precision() == DatePrecision.DAY).map(DateValue::date).orElse(null),
        when.map(DateValue::precision).orElse(DatePrecision.PERIOD),
        taxonomy.category(raw.description(), raw.councilCategory()),
        taxonomy.channel(raw.description(), raw.councilCategory()),
        raw.count(),
        raw.suppressed(),
        people(raw, warnings),
        yesNo(raw, "children", raw.children(), warnings).or(() ->
            Optional.ofNullable(taxonomy.involvesChildren(text))).orElse(null),
        yesNo(raw, "sensitive data", raw.sensitive(), warnings).or(() ->
            Optional.ofNullable(taxonomy.sensitiveData(text))).orElse(null),
        action(raw),
        yesNo(raw, "reported to ICO", raw.ico(), warnings).orElse(null),
        raw.description() != null ? raw.description() : raw.councilCategory(),
        raw.source().file(), raw.source().sheet(), raw.source().row(), sha256, raw.layout(),
        raw.headerRow());
    return Normalised.incident(incident, warnings);
  }

  private Optional<DateValue> date(RawRecord raw, List<Issue> warnings) {
    if (raw.date() != null) {
      String text = raw.date().strip();
      Optional<DateValue> parsed = EXCEL_SERIAL.matcher(text).matches()
          ? Optional.of(day(UkDates.fromExcelSerial(Double.parseDouble(text), false)))
          : UkDates.parse(text);
      if (parsed.isPresent()) {
        return parsed;
      }
      warnings.add(Issue.warning("UNREADABLE_DATE", raw.source(), "date '" + text
          + "' is not a date in any UK form; the record is dated by "
          + (raw.financialYear() != null ? "its sheet's year " + raw.financialYear() : "the period")));
    }
    return Optional.ofNullable(raw.financialYear()).map(fy -> new DateValue(
        LocalDate.of(Integer.parseInt(fy.substring(0, 4)), 4, 1), DatePrecision.FINANCIAL_YEAR, fy));
  }

  private static DateValue day(LocalDate date) {
    return new DateValue(date, DatePrecision.DAY, UkDates.financialYear(date));
  }

  /** A month, quarter or year counts when it starts inside the period. */
  private boolean inPeriod(DateValue when) {
    return period.contains(when.date());
  }

  private static String describe(DateValue when) {
    return when.precision() == DatePrecision.DAY ? when.date().toString()
        : when.precision() == DatePrecision.FINANCIAL_YEAR ? when.financialYear()
        : when.date() + " (" + when.precision().name().toLowerCase() + ")";
  }

  private Action action(RawRecord raw) {
    return taxonomy.action(raw.action());
  }

  private static Long people(RawRecord raw, List<Issue> warnings) {
    if (raw.people() == null) {
      return null;
    }
    CountValue value = Counts.parse(raw.people());
    if (!value.valid()) {
      warnings.add(Issue.warning("UNREADABLE_PEOPLE", raw.source(),
          "people affected: " + value.problem() + "; kept as unknown"));
    }
    return value.value();
  }

  private static Optional<Boolean> yesNo(RawRecord raw, String column, String text,
      List<Issue> warnings) {
    YesNoValue value = YesNo.parse(text);
    if (!value.recognised()) {
      warnings.add(Issue.warning("UNREADABLE_YES_NO", raw.source(), column + ": '" + text
          + "' is neither yes nor no; kept as unknown"));
    }
    return Optional.ofNullable(value.asBoolean());
  }

  private static String joined(String a, String b) {
    return a == null ? b : b == null ? a : a + " " + b;
  }
}
