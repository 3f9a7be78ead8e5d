package uk.breachreport.core.model;

/** How precisely a response dates an incident. */
public enum DatePrecision {
  DAY,
  MONTH,
  QUARTER,
  FINANCIAL_YEAR,
  /** Only the request's whole period. */
  PERIOD
}
