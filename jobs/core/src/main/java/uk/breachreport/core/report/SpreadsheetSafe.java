package uk.breachreport.core.report;

import java.util.regex.Pattern;

/**
 * Neutralises formula injection in text written to CSV or XLSX (OWASP "CSV Injection"): a cell
 * that starts with {@code = + - @}, tab or carriage return gets a leading apostrophe so a
 * spreadsheet shows it as text. Plain numbers such as {@code -12} or {@code -0.5} pass unchanged.
 */
public final class SpreadsheetSafe {

  private static final Pattern PLAIN_NUMBER = Pattern.compile("-?\\d+(?:\\.\\d+)?");

  private SpreadsheetSafe() {}

  public static String text(String value) {
    if (value == null || value.isEmpty() || PLAIN_NUMBER.matcher(value).matches()) {
      return value;
    }
    return switch (value.charAt(0)) {
      case '=', '+', '-', '@', '\t', '\r' -> "'" + value;
      default -> value;
    };
  }
}
