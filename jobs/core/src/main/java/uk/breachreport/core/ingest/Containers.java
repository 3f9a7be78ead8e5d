package uk.breachreport.core.ingest;

import java.util.List;

/**
 * Opens a container answer (an email, a zip) into the files it holds, each one more answer: the
 * one door to {@link Email} and {@link ZipEntries} for the per-file pipeline, which reads each
 * part in turn. An email's body is read by {@link DocumentReader} like any other document.
 */
public final class Containers {

  private Containers() {}

  /** The parts of a file whose {@link FileFormat#isContainer() format is a container}. */
  public static List<Part> parts(FileFormat format, byte[] bytes)
      throws UnreadableFileException {
    return switch (format) {
      case ZIP -> ZipEntries.parts(bytes, IngestLimits.DEFAULT);
      case EML -> Email.eml(bytes).attachments();
      case MSG -> Email.msg(bytes).attachments();
      default -> throw new IllegalArgumentException(format + " is not a container");
    };
  }
}
