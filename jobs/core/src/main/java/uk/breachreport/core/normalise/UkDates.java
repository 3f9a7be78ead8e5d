package uk.breachreport.core.normalise;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.breachreport.core.model.DatePrecision;
import uk.breachreport.core.text.PlainText;

/**
 * Dates as UK councils write them: always day before month, two-digit years in the 2000s.
 *
 * <p>{@link #parse} accepts a whole cell, not a date somewhere inside a sentence; a time after a
 * date is ignored. A quarter is a financial quarter (Q1 = April to June) and must name its
 * financial year ("Q2 2012/13"): "Q2 2012" alone is ambiguous and not parsed.
 */
public final class UkDates {

  private static final String MONTH =
      "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
          + "|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
  private static final String WEEKDAY =
      "(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|rsday|urday)?\\.?,?\\s+";
  private static final String YEAR = "(\\d{4}|\\d{2})";
  private static final String ORDINAL = "(?:st|nd|rd|th)?";
  /** A financial year's two years, "2012/13", "2012-13", "2012/2013", "2012 - 13". */
  private static final String FY_YEARS = "(\\d{4})\\s*[/-]\\s*(\\d{4}|\\d{2})";
  private static final String FY_PREFIX = "(?:fy|f/y|financial\\s+year|year)?\\s*:?\\s*";
  /** "April 2011 - March 2012", "1 Apr 11 to 31 Mar 12". */
  private static final String FY_RANGE =
      "(?:1(?:st)?\\s+)?apr(?:il)?\\.?\\s*'?(\\d{4}|\\d{2})\\s*(?:-|to|until)\\s*"
          + "(?:31(?:st)?\\s+)?mar(?:ch)?\\.?\\s*'?(\\d{4}|\\d{2})";

  private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
  private static final Pattern TRAILING_TIME =
      Pattern.compile(
          "(?:\\s+|T)\\d{1,2}[:.]\\d{2}(?:[:.]\\d{2}(?:\\.\\d+)?)?(?:\\s*[ap]\\.?m\\.?)?$", FLAGS);
  private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
  private static final Pattern NUMERIC_DAY =
      Pattern.compile("(\\d{1,2})\\s*([/.-])\\s*(\\d{1,2})\\s*\\2\\s*" + YEAR);
  private static final Pattern NAMED_DAY =
      Pattern.compile(
          "(?:" + WEEKDAY + ")?(\\d{1,2})" + ORDINAL + "(?:\\s+of)?[\\s-]*" + MONTH + "[\\s,-]*"
              + YEAR,
          FLAGS);
  private static final Pattern MONTH_FIRST_DAY =
      Pattern.compile(
          "(?:" + WEEKDAY + ")?" + MONTH + "\\s+(\\d{1,2})" + ORDINAL + ",?\\s+" + YEAR, FLAGS);
  private static final Pattern NAMED_MONTH =
      Pattern.compile(MONTH + "[\\s,/'-]*" + YEAR, FLAGS);
  private static final Pattern NUMERIC_MONTH = Pattern.compile("(\\d{1,2})\\s*[/.-]\\s*(\\d{4})");
  private static final Pattern QUARTER =
      Pattern.compile(
          "(?:q|qtr|quarter)\\.?\\s*([1-4])(?:\\s*,|\\s+of)?\\s*" + FY_PREFIX + FY_YEARS, FLAGS);
  private static final Pattern QUARTER_AFTER =
      Pattern.compile(FY_PREFIX + FY_YEARS + "\\s*[,:-]?\\s*(?:q|qtr|quarter)\\.?\\s*([1-4])", FLAGS);
  private static final Pattern FINANCIAL_YEAR = Pattern.compile(FY_PREFIX + FY_YEARS, FLAGS);
  private static final Pattern FINANCIAL_YEAR_RANGE = Pattern.compile(FY_RANGE, FLAGS);

  /** Inside longer text: not part of a date such as 2011-12-01 or 01/2011/12. */
  private static final Pattern FY_IN_TEXT =
      Pattern.compile(
          "(?<![\\d/.-])(\\d{4})\\s*[/-]\\s*(\\d{4}|\\d{2})(?![\\d]|[/.-]\\d)", FLAGS);
  private static final Pattern FY_SHORT_IN_TEXT =
      Pattern.compile("\\bfy\\s*'?(\\d{2})\\s*[/-]\\s*(\\d{2})(?![\\d]|[/.-]\\d)", FLAGS);
  private static final Pattern FY_RANGE_IN_TEXT = Pattern.compile("\\b" + FY_RANGE + "\\b", FLAGS);
  /** "01/04/2011 - 31/03/2012". */
  private static final Pattern FY_NUMERIC_RANGE_IN_TEXT = Pattern.compile(
      "\\b0?1\\s*/\\s*0?4\\s*/\\s*(\\d{4}|\\d{2})\\s*(?:-|to|until)\\s*31\\s*/\\s*0?3\\s*/\\s*(\\d{4}|\\d{2})\\b");
  /** "Year ending 31 March 2012", "year ended 31/03/2012", "Y/E Mar 12": named by its end. */
  private static final Pattern FY_YEAR_END_IN_TEXT = Pattern.compile(
      "\\b(?:year\\s+(?:end(?:ing|ed)?|to)|y/?e)\\s*:?\\s*"
          + "(?:31(?:st)?\\s*(?:mar(?:ch)?\\.?|/\\s*0?3\\s*/)|mar(?:ch)?\\.?)\\s*'?(\\d{4}|\\d{2})\\b",
      FLAGS);

  private static final Map<String, Integer> MONTHS =
      Map.ofEntries(
          Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4),
          Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8),
          Map.entry("sep", 9), Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12));

  /** Excel's day 0 in the 1900 system, counting its fictitious 29 February 1900. */
  private static final LocalDate EXCEL_1900_EPOCH = LocalDate.of(1899, 12, 30);
  private static final LocalDate EXCEL_1904_EPOCH = LocalDate.of(1904, 1, 1);
  private static final int EXCEL_FAKE_LEAP_DAY = 60;
  private static final double EXCEL_MAX_SERIAL = 2958465; // 31 December 9999

  private UkDates() {}

  /** The date in a cell's text, or empty when the text is not one of the accepted forms. */
  public static Optional<DateValue> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String plain = normalise(text);
    if (isIsoDay(plain)) { // a real date cell, as the readers give it: no regular expression
      return day(Integer.parseInt(plain, 0, 4, 10), Integer.parseInt(plain, 5, 7, 10),
          Integer.parseInt(plain, 8, 10, 10));
    }
    String s = TRAILING_TIME.matcher(plain).replaceFirst("").trim();
    if (s.isEmpty()) {
      return Optional.empty();
    }
    Matcher m;
    if ((m = ISO.matcher(s)).matches()) {
      return day(num(m, 1), num(m, 2), num(m, 3));
    }
    if ((m = NUMERIC_DAY.matcher(s)).matches()) {
      return day(year(m.group(4)), num(m, 3), num(m, 1));
    }
    if ((m = NAMED_DAY.matcher(s)).matches()) {
      return day(year(m.group(3)), month(m.group(2)), num(m, 1));
    }
    if ((m = MONTH_FIRST_DAY.matcher(s)).matches()) {
      return day(year(m.group(3)), month(m.group(1)), num(m, 2));
    }
    if ((m = NAMED_MONTH.matcher(s)).matches()) {
      return month(year(m.group(2)), month(m.group(1)));
    }
    if ((m = QUARTER.matcher(s)).matches()) {
      return quarter(num(m, 1), m.group(2), m.group(3));
    }
    if ((m = QUARTER_AFTER.matcher(s)).matches()) {
      return quarter(num(m, 3), m.group(1), m.group(2));
    }
    if ((m = FINANCIAL_YEAR.matcher(s)).matches()
        || (m = FINANCIAL_YEAR_RANGE.matcher(s)).matches()) {
      return startYear(m.group(1), m.group(2))
          .map(y -> DateValue.of(LocalDate.of(y, 4, 1), DatePrecision.FINANCIAL_YEAR));
    }
    if ((m = NUMERIC_MONTH.matcher(s)).matches()) {
      return month(num(m, 2), num(m, 1));
    }
    return Optional.empty();
  }

  /**
   * The day of an Excel serial date; any fraction (the time of day) is dropped. In the 1900
   * system serial 1 is 1 January 1900 and serial 60 is Excel's non-existent 29 February 1900,
   * which is rejected; in the 1904 system serial 0 is 1 January 1904.
   *
   * @throws IllegalArgumentException for a serial that is no date in that system
   */
  public static LocalDate fromExcelSerial(double serial, boolean date1904) {
    double min = date1904 ? 0 : 1;
    if (Double.isNaN(serial) || serial < min || serial >= EXCEL_MAX_SERIAL + 1) {
      throw new IllegalArgumentException(
          "Excel serial date " + serial + " is out of range: expected " + (long) min + " to "
              + (long) EXCEL_MAX_SERIAL + " in the " + (date1904 ? "1904" : "1900")
              + " date system");
    }
    long days = (long) Math.floor(serial);
    if (date1904) {
      return EXCEL_1904_EPOCH.plusDays(days);
    }
    if (days == EXCEL_FAKE_LEAP_DAY) {
      throw new IllegalArgumentException(
          "Excel serial date 60 is 29 February 1900, a day that does not exist");
    }
    return EXCEL_1900_EPOCH.plusDays(days < EXCEL_FAKE_LEAP_DAY ? days + 1 : days);
  }

  /** The UK financial year (1 April to 31 March) containing a day, as "2012-13". */
  public static String financialYear(LocalDate d) {
    int start = d.getMonthValue() >= 4 ? d.getYear() : d.getYear() - 1;
    return financialYearLabel(start);
  }

  /**
   * The one financial year a sheet name or column header names ("2011-12", "2011/2012", "FY
   * 2011-12", "Breaches 2011/12", "April 2011 - March 2012", "Apr 11 - Mar 12", "Year ending
   * 31 March 2012"), as "2011-12".
   * Empty when it names none, or several different ones.
   */
  public static Optional<String> parseFinancialYear(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String s = normalise(text);
    Set<Integer> found = new LinkedHashSet<>();
    for (Pattern p : new Pattern[] {FY_IN_TEXT, FY_SHORT_IN_TEXT, FY_RANGE_IN_TEXT,
        FY_NUMERIC_RANGE_IN_TEXT}) {
      Matcher m = p.matcher(s);
      while (m.find()) {
        startYear(m.group(1), m.group(2)).ifPresent(found::add);
      }
    }
    Matcher end = FY_YEAR_END_IN_TEXT.matcher(s);
    while (end.find()) {
      found.add(year(end.group(1)) - 1);
    }
    return found.size() == 1
        ? Optional.of(financialYearLabel(found.iterator().next()))
        : Optional.empty();
  }

  private static String normalise(String text) {
    return PlainText.of(text);
  }

  /** "2012-13"; built by hand, as {@code String.format} parsed its pattern for every record. */
  private static String financialYearLabel(int startYear) {
    int end = (startYear + 1) % 100;
    return startYear + (end >= 0 && end < 10 ? "-0" : "-") + end;
  }

  /** "2012-06-05": the one form {@link #ISO} matches that needs no other look. */
  private static boolean isIsoDay(String s) {
    if (s.length() != 10 || s.charAt(4) != '-' || s.charAt(7) != '-') {
      return false;
    }
    for (int i = 0; i < 10; i++) {
      if (i != 4 && i != 7 && (s.charAt(i) < '0' || s.charAt(i) > '9')) {
        return false;
      }
    }
    return true;
  }

  /** The first year of "2012"/"13", "2012"/"2013" or "12"/"13", when the second follows it. */
  private static Optional<Integer> startYear(String first, String second) {
    int start = year(first);
    int end = second.length() == 4 ? Integer.parseInt(second) : year(second);
    return end == start + 1 ? Optional.of(start) : Optional.empty();
  }

  private static Optional<DateValue> quarter(int q, String first, String second) {
    return startYear(first, second)
        .map(
            y ->
                DateValue.of(
                    LocalDate.of(y, 4, 1).plusMonths(3L * (q - 1)), DatePrecision.QUARTER));
  }

  private static Optional<DateValue> day(int year, int month, int day) {
    try {
      return Optional.of(DateValue.of(LocalDate.of(year, month, day), DatePrecision.DAY));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  private static Optional<DateValue> month(int year, int month) {
    return day(year, month, 1).map(d -> DateValue.of(d.date(), DatePrecision.MONTH));
  }

  private static int num(Matcher m, int group) {
    return Integer.parseInt(m.group(group));
  }

  private static int year(String digits) {
    int y = Integer.parseInt(digits);
    return digits.length() == 2 ? 2000 + y : y;
  }

  private static int month(String name) {
    return MONTHS.get(name.substring(0, 3).toLowerCase(Locale.ROOT));
  }
}
