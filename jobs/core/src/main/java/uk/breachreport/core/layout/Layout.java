package uk.breachreport.core.layout;

/** The kinds of table councils answer with. */
public enum Layout {
  /** One row per breach. */
  INCIDENT_LOG,
  /** Counts by type (rows) and financial year (columns). */
  SUMMARY_WIDE,
  /** Counts by financial year (rows) and type (columns): the wide table turned round. */
  SUMMARY_YEAR_ROWS,
  /** One row per type and year with its count. */
  SUMMARY_LONG,
  /** Counts by type for the whole period. */
  SUMMARY_BY_TYPE,
  /** Counts by financial year only. */
  YEAR_TOTALS
}
