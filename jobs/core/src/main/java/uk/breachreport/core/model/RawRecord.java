package uk.breachreport.core.model;

/**
 * One incident record as the answer's table gave it, before normalisation: texts as the council
 * wrote them, plus the count. {@code financialYear} is what the sheet, column or section heading
 * says ("2012-13"), used when the row itself gives no date.
 */
public record RawRecord(
    SourceRef source,
    String layout,
    int headerRow,
    String date,
    String financialYear,
    String description,
    String councilCategory,
    String children,
    String sensitive,
    String action,
    String ico,
    String people,
    Long count,
    boolean suppressed) implements java.io.Serializable {}
