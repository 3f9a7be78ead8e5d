package uk.breachreport.core.ingest;

/**
 * A file inside a container (an email's attachment, a zip's entry). {@code ignored} is why it is
 * not read as an answer at all (an image shown in the email's body), or null.
 */
public record Part(String name, byte[] bytes, String ignored) {}
