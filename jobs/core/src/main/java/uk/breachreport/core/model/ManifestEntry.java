package uk.breachreport.core.model;

/**
 * A line of the analyst's {@code manifest.csv}: a file (relative to the input root; null for a
 * request that produced no file), the council as a code or name, and optionally what the analyst
 * knows of the answer. The manifest wins over anything guessed.
 */
public record ManifestEntry(int line, String file, String authority, ResponseStatus status,
    String note) implements java.io.Serializable {}
