package uk.breachreport.core.ingest;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;

/**
 * Turns a numeric cell into text the layout rules can read whatever the workbook's display
 * format: dates as ISO ({@code 2012-06-05}), in the workbook's own 1900 or 1904 date system, so a
 * UK date is never reformatted in US order; other numbers as plain decimals ({@code 1234}, not
 * {@code 1,234.00}).
 */
final class CellText extends DataFormatter {

  /** Enough days for a log of several years; a sheet of all-different times stops adding. */
  private static final int DAYS_REMEMBERED = 10_000;

  private final boolean date1904;
  /**
   * Date cells' texts by their serial value: a log repeats its days, and POI's conversion of a
   * serial to a date (in BigDecimal) was a tenth of the reading of a large sheet.
   */
  private final Map<Double, String> dates = new HashMap<>();

  CellText(boolean date1904) {
    this.date1904 = date1904;
  }

  @Override
  public String formatRawCellContents(double value, int formatIndex, String formatString) {
    return of(value, formatIndex, formatString);
  }

  @Override
  public String formatRawCellContents(
      double value, int formatIndex, String formatString, boolean use1904Windowing) {
    return of(value, formatIndex, formatString);
  }

  String of(double value, int formatIndex, String formatString) {
    if (formatString != null
        && DateUtil.isADateFormat(formatIndex, formatString)
        && DateUtil.isValidExcelDate(value)) {
      String known = dates.get(value);
      if (known != null) {
        return known;
      }
      LocalDateTime time = DateUtil.getLocalDateTime(value, date1904);
      String text = time.toLocalTime().equals(LocalTime.MIDNIGHT)
          ? time.toLocalDate().toString()
          : time.toString();
      if (dates.size() < DAYS_REMEMBERED) {
        dates.put(value, text);
      }
      return text;
    }
    return number(value);
  }

  static String number(double value) {
    if (value == Math.rint(value) && Math.abs(value) < 1e15) {
      return Long.toString((long) value);
    }
    return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
  }
}
