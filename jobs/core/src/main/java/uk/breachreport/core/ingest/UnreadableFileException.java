package uk.breachreport.core.ingest;

/** A file that cannot be read as what it claims to be; the message is the reject reason. */
public class UnreadableFileException extends Exception {

  public UnreadableFileException(String reason) {
    super(reason);
  }

  public UnreadableFileException(String reason, Throwable cause) {
    super(reason, cause);
  }
}
