package uk.breachreport.sample;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

/** Seeded, realistic breaches, and the study period's calendar arithmetic. */
final class Breaches {

  static final LocalDate PERIOD_START = LocalDate.of(2011, 4, 1);
  static final LocalDate PERIOD_END = LocalDate.of(2014, 3, 31);

  private record Kind(String description, String type, boolean aboutChildren) {}

  private static final List<Kind> KINDS =
      List.of(
          new Kind("Email containing personal data sent to wrong recipient", "Email sent to wrong recipient", false),
          new Kind("Letter posted to incorrect address", "Letter sent to wrong address", false),
          new Kind("Laptop stolen from officer's car", "Theft of equipment", false),
          new Kind("Social worker's notebook left on train", "Loss of paperwork", true),
          new Kind("Council tax details published on website in error", "Published in error", false),
          new Kind("Member of staff accessed records without business need", "Unauthorised access", false),
          new Kind("Confidential waste found in general bin", "Insecure disposal", false),
          new Kind("Phishing email led to account compromise", "Cyber incident", false),
          new Kind("Verbal disclosure to neighbour", "Disclosure in error", false),
          new Kind("Unencrypted USB stick lost", "Loss of equipment", false),
          new Kind("Fax sent to wrong number", "Fax sent to wrong recipient", false),
          new Kind("Case file left in meeting room at external venue", "Loss of paperwork", false),
          new Kind("Mobile phone containing client contact details lost", "Loss of equipment", false),
          new Kind("Benefit claimant's details disclosed to ex-partner", "Disclosure in error", false),
          new Kind("Child protection report sent to wrong family", "Letter sent to wrong address", true),
          new Kind("School admissions spreadsheet emailed to all parents", "Email sent to wrong recipient", true),
          new Kind("CCTV footage viewed by staff without authorisation", "Unauthorised access", false),
          new Kind("Housing file passed to landlord without consent", "Disclosure in error", false),
          new Kind("Payslips enclosed in wrong envelopes", "Letter sent to wrong address", false),
          new Kind("Spreadsheet of tenants' details attached to email in error", "Email sent to wrong recipient", false),
          new Kind("Foster carer's assessment left in unlocked car", "Loss of paperwork", true),
          new Kind("Planning application published with applicant's medical details", "Published in error", false),
          new Kind("Break-in at depot, desktop computer stolen", "Theft of equipment", false),
          new Kind("Malware found on a public access PC in the library", "Cyber incident", false),
          new Kind("Personnel files left in skip during office move", "Insecure disposal", false));

  private record Outcome(String wording, int weight) {}

  /** Most breaches end in advice or training; few in dismissal (prosecution only where a file says so). */
  private static final List<Outcome> OUTCOMES =
      List.of(
          new Outcome("NFA", 8), new Outcome("Words of advice", 8), new Outcome("Refresher training", 12),
          new Outcome("Staff reminded of procedures", 6), new Outcome("Written warning", 4),
          new Outcome("Final written warning", 2), new Outcome("Resigned", 1),
          new Outcome("Left during the investigation", 1), new Outcome("Dismissed", 1),
          new Outcome("Gross misconduct - dismissed", 1));

  private static final int OUTCOME_WEIGHTS = OUTCOMES.stream().mapToInt(Outcome::weight).sum();

  private Breaches() {}

  /** {@code count} breaches dated within the period, oldest first. */
  static List<Breach> generate(Random random, int count) {
    long days = ChronoUnit.DAYS.between(PERIOD_START, PERIOD_END) + 1;
    List<Breach> breaches = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      Kind kind = KINDS.get(random.nextInt(KINDS.size()));
      breaches.add(
          new Breach(
              PERIOD_START.plusDays(random.nextInt((int) days)),
              kind.description(),
              kind.type(),
              kind.aboutChildren() || random.nextInt(8) == 0,
              outcome(random),
              random.nextInt(8) == 0,
              peopleAffected(random)));
    }
    breaches.sort(Comparator.comparing(Breach::date));
    return List.copyOf(breaches);
  }

  private static String outcome(Random random) {
    int roll = random.nextInt(OUTCOME_WEIGHTS);
    for (Outcome outcome : OUTCOMES) {
      roll -= outcome.weight();
      if (roll < 0) {
        return outcome.wording();
      }
    }
    throw new IllegalStateException("Outcome weights must sum to " + OUTCOME_WEIGHTS);
  }

  /** Most breaches touch one person; a few (a mail-merge, a published list) touch hundreds. */
  private static int peopleAffected(Random random) {
    int roll = random.nextInt(20);
    if (roll < 12) {
      return 1;
    }
    if (roll < 18) {
      return 2 + random.nextInt(20);
    }
    return 50 + random.nextInt(900);
  }

  static boolean inPeriod(LocalDate date) {
    return !date.isBefore(PERIOD_START) && !date.isAfter(PERIOD_END);
  }

  /** First calendar year of the financial year (1 April to 31 March) holding {@code date}. */
  static int financialYearStart(LocalDate date) {
    return date.getMonthValue() >= 4 ? date.getYear() : date.getYear() - 1;
  }

  /** {@code 2012/13} or {@code 2012-13}, with the given separator. */
  static String financialYear(int startYear, String separator) {
    return startYear + separator + String.format("%02d", (startYear + 1) % 100);
  }

  static String financialYear(LocalDate date, String separator) {
    return financialYear(financialYearStart(date), separator);
  }

  /** The period's financial years: 2011, 2012, 2013. */
  static List<Integer> financialYears() {
    return List.of(2011, 2012, 2013);
  }

  /** Quarter of the financial year: April-June is Q1. */
  static int financialQuarter(LocalDate date) {
    return (date.getMonthValue() + 8) % 12 / 3 + 1;
  }
}
