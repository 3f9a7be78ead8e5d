package uk.breachreport.core.model;

/**
 * A problem found in an answer, as a value: collected into {@code rejects/} and
 * {@code quality.json}, never thrown through Spark.
 */
public record Issue(Severity severity, String code, SourceRef source, String message) implements java.io.Serializable {

  /** Only warnings: a file or row not used is a reject with its reason, not an issue. */
  public enum Severity {
    /** Worth an analyst's look; the data was used. */
    WARNING
  }

  public static Issue warning(String code, SourceRef source, String message) {
    return new Issue(Severity.WARNING, code, source, message);
  }
}
