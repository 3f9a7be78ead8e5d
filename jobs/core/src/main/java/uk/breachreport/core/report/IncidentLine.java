package uk.breachreport.core.report;

/** One incident as a factsheet lists it; {@code description} is the council's own words. */
public record IncidentLine(String date, String category, String description, String action) {

  public IncidentLine masked() {
    return new IncidentLine(date, category, PersonalDataMask.mask(description), action);
  }
}
