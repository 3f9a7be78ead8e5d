package uk.breachreport.sample;

import java.time.LocalDate;

/**
 * One breach as a council's case system would hold it; the writers render it in each layout's
 * own wording. {@code type} is the council's category label, {@code action} its outcome wording.
 */
record Breach(
    LocalDate date,
    String description,
    String type,
    boolean children,
    String action,
    boolean reportedToIco,
    int peopleAffected) {

  Breach withDate(LocalDate newDate) {
    return new Breach(newDate, description, type, children, action, reportedToIco, peopleAffected);
  }

  Breach withAction(String newAction) {
    return new Breach(date, description, type, children, newAction, reportedToIco, peopleAffected);
  }

  Breach withDescription(String newDescription, String newType) {
    return new Breach(date, newDescription, newType, children, action, reportedToIco, peopleAffected);
  }
}
