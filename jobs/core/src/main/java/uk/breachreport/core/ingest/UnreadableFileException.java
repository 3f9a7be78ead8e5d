package uk.breachreport.core.ingest;

/** A file that cannot be read as what it claims to be; the message is the reject reason. */
public class UnreadableFileException extends Exception {

  /** A library's message can run to paragraphs; a reject reason is one line. */
  private static final int DETAIL_LENGTH = 200;

  public UnreadableFileException(String reason) {
    super(reason);
  }

  public UnreadableFileException(String reason, Throwable cause) {
    super(reason, cause);
  }

  /** "corrupt .xlsx workbook: EOFException: Unexpected end of ZLIB input stream" */
  static UnreadableFileException corrupt(String what, Throwable e) {
    return new UnreadableFileException("corrupt " + what + ": " + summary(e), e);
  }

  /**
   * The root cause's kind and the first line of its message, cut to a reasonable length: POI
   * wraps the specific problem ("Node depth exceeds maximum supported depth of 1000") in generic
   * ones ("Can't read content types part !").
   */
  static String summary(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String message = root.getMessage() == null ? ""
        : root.getMessage().strip().lines().findFirst().orElse("");
    String line = root.getClass().getSimpleName() + (message.isEmpty() ? "" : ": " + message);
    return line.length() <= DETAIL_LENGTH ? line : line.substring(0, DETAIL_LENGTH - 3) + "...";
  }
}
