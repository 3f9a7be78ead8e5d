package uk.breachreport.core.model;

import java.util.Comparator;
import uk.breachreport.core.text.Utf8Order;

/**
 * A problem found in an answer, as a value: collected into {@code rejects/} and
 * {@code quality.json}, never thrown through Spark.
 */
public record Issue(Severity severity, String code, SourceRef source, String message) implements java.io.Serializable {

  /**
   * By file, sheet (none first), row, code and message, comparing text as Spark SQL does (UTF-8
   * bytes): the order quality.json lists them in.
   */
  public static final Comparator<Issue> BY_SOURCE = Comparator
      .comparing((Issue i) -> i.source().file(), Comparator.nullsFirst(Utf8Order.INSTANCE))
      .thenComparing(i -> i.source().sheet(), Comparator.nullsFirst(Utf8Order.INSTANCE))
      .thenComparingInt(i -> i.source().row())
      .thenComparing(Issue::code, Utf8Order.INSTANCE)
      .thenComparing(Issue::message, Comparator.nullsFirst(Utf8Order.INSTANCE));

  /** Only warnings: a file or row not used is a reject with its reason, not an issue. */
  public enum Severity {
    /** Worth an analyst's look; the data was used. */
    WARNING
  }

  public static Issue warning(String code, SourceRef source, String message) {
    return new Issue(Severity.WARNING, code, source, message);
  }
}
