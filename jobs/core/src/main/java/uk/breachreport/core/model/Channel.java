package uk.breachreport.core.model;

/** How the data went astray. */
public enum Channel {
  EMAIL,
  POST,
  FAX,
  VERBAL,
  ONLINE,
  DEVICE,
  PAPER,
  SYSTEM,
  OTHER
}
