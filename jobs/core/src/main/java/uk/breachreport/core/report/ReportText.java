package uk.breachreport.core.report;

import java.text.NumberFormat;
import java.util.Locale;

/** Words and numbers as the report prints them (British English), for templates and Java alike. */
public final class ReportText {

  /**
   * One formatter per thread (a NumberFormat is not thread-safe): looking up the locale's symbols
   * for every figure was a tenth of a factsheet's rendering.
   */
  private static final ThreadLocal<NumberFormat> COUNT =
      ThreadLocal.withInitial(() -> NumberFormat.getIntegerInstance(Locale.UK));

  private final ReportModel model;

  public ReportText(ReportModel model) {
    this.model = model;
  }

  public static String count(long n) {
    return COUNT.get().format(n);
  }

  /** 1st, 2nd, 3rd, 4th, 11th, 12th, 13th, 21st, 101st, 111th. */
  public static String ordinal(long n) {
    long lastTwo = n % 100;
    String suffix =
        lastTwo >= 11 && lastTwo <= 13
            ? "th"
            : switch ((int) (n % 10)) {
              case 1 -> "st";
              case 2 -> "nd";
              case 3 -> "rd";
              default -> "th";
            };
    return count(n) + suffix;
  }

  public static String rate(double value) {
    return String.format(Locale.UK, "%,.1f", value);
  }

  public static String statusLabel(String status) {
    return switch (status) {
      case "RESPONDED" -> "Responded";
      case "NIL_RETURN" -> "Nil return";
      case "REFUSED" -> "Refused";
      case "NO_RESPONSE" -> "No response";
      case "HELD_FOR_REVIEW" -> "Held for review";
      default -> status;
    };
  }

  /** "breach" or "breaches", with "at least" when the figure is a lower bound. */
  public static String breaches(long n, boolean lowerBound) {
    return (lowerBound ? "at least " : "") + count(n) + (n == 1 ? " breach" : " breaches");
  }

  /** The factsheet's quotable first sentence, one wording per response status. */
  public String sentence(CouncilRow row) {
    String period = "between " + model.periodFrom() + " and " + model.periodTo();
    return switch (row.status()) {
      case "RESPONDED" ->
          row.name() + " recorded " + (row.lowerBound() ? "at least " : "")
              + count(row.breaches() == null ? 0 : row.breaches()) + " data-protection "
              + (row.breaches() != null && row.breaches() == 1 ? "breach " : "breaches ")
              + period + ".";
      case "NIL_RETURN" ->
          row.name() + " said it recorded no data-protection breaches " + period + ".";
      case "REFUSED" ->
          row.name() + " refused to say how many data-protection breaches it recorded "
              + period + ".";
      case "NO_RESPONSE" ->
          row.name() + " did not answer the request for the number of data-protection breaches"
              + " it recorded " + period + ".";
      case "HELD_FOR_REVIEW" ->
          row.name() + " gave figures " + period + " that look implausible: they are held for"
              + " review and not published until checked.";
      default ->
          throw new IllegalArgumentException(
              "Unknown response status '" + row.status() + "' for " + row.code()
                  + "; expected RESPONDED, NIL_RETURN, REFUSED, NO_RESPONSE or HELD_FOR_REVIEW");
    };
  }
}
