package uk.breachreport.core.model;

/** A data row (or cell) of a recognised table that was not used, with why and what it held. */
public record RowReject(SourceRef source, String reason, String raw) implements java.io.Serializable {}
