package uk.breachreport.core.layout;

/** What a table column holds, as recognised from its header. */
public enum Field {
  DATE,
  DESCRIPTION,
  CATEGORY,
  CHILDREN,
  SENSITIVE,
  ACTION,
  ICO,
  PEOPLE,
  COUNT,
  YEAR,
  REF,
  TOTAL
}
