package uk.breachreport.core.report;

import java.time.LocalDate;
import java.util.List;
import uk.breachreport.core.quality.AppliedCorrection;
import uk.breachreport.core.quality.HeldCouncil;
import uk.breachreport.core.quality.Hold;

/** A small fixed report: one council of each status, one lower bound, one incident log with PII. */
final class ReportFixture {

  static final String TITLE = "Breach of Trust: data-protection breaches in UK councils";

  private ReportFixture() {}

  static CouncilRow southampton() {
    return new CouncilRow(1, "E06000045", "Southampton City Council", "Unitary authority",
        "England", "South East", "RESPONDED", 53L, false, 22.4, 1, 6, 4, 5, 0, 1, 1, 3, 236_900L);
  }

  static CouncilRow birmingham() {
    return new CouncilRow(2, "E08000025", "Birmingham City Council", "Metropolitan district",
        "England", "West Midlands", "RESPONDED", 40L, true, 3.7, 2, 2, 1, 3, 1, 0, 0, 2,
        1_074_300L);
  }

  static CouncilRow cardiff() {
    return new CouncilRow(3, "W06000015", "Cardiff Council", "Unitary authority", "Wales", null,
        "NIL_RETURN", 0L, false, 0.0, 3, 0, 0, 0, 0, 0, 0, 0, 346_100L);
  }

  static CouncilRow edinburgh() {
    return new CouncilRow(null, "S12000036", "City of Edinburgh Council", "Unitary authority",
        "Scotland", null, "REFUSED", null, false, null, null, 0, 0, 0, 0, 0, 0, 0, 477_900L);
  }

  static CouncilRow antrim() {
    return new CouncilRow(null, "95T", "Antrim Borough Council", "District", "Northern Ireland",
        null, "NO_RESPONSE", null, false, null, null, 0, 0, 0, 0, 0, 0, 0, null);
  }

  static List<CouncilRow> rankings() {
    return List.of(southampton(), birmingham(), cardiff(), edinburgh(), antrim());
  }

  static CouncilSheet southamptonSheet(List<IncidentLine> incidents, List<SourceFile> files) {
    return new CouncilSheet(southampton(), 1, 2, 1, 1, 1, 2,
        List.of(
            new BreakdownRow("SENT_TO_WRONG_RECIPIENT", "Sent to the wrong recipient", 30),
            new BreakdownRow("LOSS_OR_THEFT_DEVICE", "Loss or theft of a device", 4),
            new BreakdownRow("UNAUTHORISED_DISCLOSURE", "Unauthorised disclosure", 19)),
        List.of(
            new BreakdownRow("PROSECUTION", "Prosecution", 1),
            new BreakdownRow("RESIGNATION", "Resignation", 1),
            new BreakdownRow("DISCIPLINARY", "Disciplinary action", 3),
            new BreakdownRow("UNKNOWN", "Not stated", 48)),
        List.of(
            new BreakdownRow("2011-12", "2011-12", 15),
            new BreakdownRow("2012-13", "2012-13", 20),
            new BreakdownRow("2013-14", "2013-14", 18)),
        List.of(cardiff()),
        files,
        incidents);
  }

  static CouncilSheet southamptonSheet() {
    return southamptonSheet(
        List.of(
            new IncidentLine("2012-05-04", "Sent to the wrong recipient",
                "Letter about a child sent to wrong address (SO14 7LY); complainant on 023 8083 3000",
                "Disciplinary action"),
            new IncidentLine("2013-01-17", "Unauthorised disclosure",
                "Ex-employee e-mailed records to j.smith@example.com, NI number AB 12 34 56 C",
                "Prosecution")),
        List.of(new SourceFile("southampton/FOI 1234 response.xlsx", "USED", "INCIDENT_LOG",
            53, 1, null, "file name: Southampton City Council")));
  }

  static CouncilSheet sheetFor(CouncilRow row) {
    boolean ranked = row.rank() != null;
    return new CouncilSheet(row, ranked ? 1 : null, ranked ? 1 : null, null, null,
        ranked ? 2 : null, ranked ? 2 : null, List.of(), List.of(), List.of(), List.of(),
        List.of(), List.of());
  }

  static ReportModel model(List<CouncilSheet> sheets, QualitySummary quality) {
    return model(rankings(), sheets, quality);
  }

  /** A league table of {@code n} made-up councils, long enough to run over several pages. */
  static ReportModel modelWithCouncils(int n) {
    List<CouncilRow> rows = java.util.stream.IntStream.rangeClosed(1, n)
        .mapToObj(i -> new CouncilRow(i, String.format("E0%07d", i),
            String.format("Test Council %03d", i), "District", "England", "South East",
            "RESPONDED", (long) (n - i), false, 1.0 * (n - i), i, 0, 0, 0, 0, 0, 0, 0, 100_000L))
        .toList();
    return model(rows, List.of(), quality());
  }

  static ReportModel model(
      List<CouncilRow> rankings, List<CouncilSheet> sheets, QualitySummary quality) {
    Headline headline = new Headline(5, 2, 1, 1, 1, 93, true, 9, 5, 41, 25, 8, 6, 8, 1, 1, 1, 12,
        5, 1_204);
    return new ReportModel(
        TITLE,
        LocalDate.of(2011, 4, 1),
        LocalDate.of(2014, 3, 31),
        "1 January 2026",
        "0.1.0-test",
        headline,
        List.of(
            new BreakdownRow("SENT_TO_WRONG_RECIPIENT", "Sent to the wrong recipient", 41),
            new BreakdownRow("UNAUTHORISED_DISCLOSURE", "Unauthorised disclosure", 25),
            new BreakdownRow("LOSS_OR_THEFT_DEVICE", "Loss or theft of a device", 5),
            new BreakdownRow("LOSS_OR_THEFT_PAPER", "Loss or theft of paper", 4),
            new BreakdownRow("UNSPECIFIED", "Unspecified", 18)),
        List.of(
            new BreakdownRow("2011-12", "2011-12", 30),
            new BreakdownRow("2012-13", "2012-13", 33),
            new BreakdownRow("2013-14", "2013-14", 30)),
        List.of(
            new BreakdownRow("PROSECUTION", "Prosecution", 1),
            new BreakdownRow("DISMISSAL", "Dismissal", 1),
            new BreakdownRow("RESIGNATION", "Resignation", 1),
            new BreakdownRow("DISCIPLINARY", "Disciplinary action", 5),
            new BreakdownRow("NONE", "No action", 12),
            new BreakdownRow("UNKNOWN", "Not stated", 73)),
        List.of(
            new BreakdownRow("England", "England", 93),
            new BreakdownRow("Wales", "Wales", 0)),
        List.of(
            new BreakdownRow("South East", "South East", 53),
            new BreakdownRow("West Midlands", "West Midlands", 40)),
        List.of(
            new BreakdownRow("Unitary authority", "Unitary authority", 53),
            new BreakdownRow("Metropolitan district", "Metropolitan district", 40)),
        rankings,
        sheets,
        quality,
        ChangeSection.NONE);
  }

  static QualitySummary quality() {
    return new QualitySummary(6, 2, 1, 1, 2, 120, 95, 3, 22,
        List.of(new BreakdownRow("NO_HEADER", "No table header found", 1),
            new BreakdownRow("UNRESOLVED_AUTHORITY", "Council could not be identified", 1)),
        List.of("birmingham.xlsx: stated total 42, breakdown sums to 40"),
        7, 1, 3,
        List.of(new HeldCouncil("E06000017", "Rutland County Council", 48_220, List.of(
            new Hold("E06000017", "ABOVE_POPULATION", "48,220 breaches for a population of 37,369"),
            new Hold("E06000017", "HUGE_CELL", "a single count of 48,210 (held from 10,000)")))),
        List.of(new AppliedCorrection(2, "armagh.xlsx, sheet Sheet1, row 7", "N09000002", "category",
            "SENT_TO_WRONG_RECIPIENT", "FOI officer by phone: a letter sent to the wrong address",
            "applied to 1 record(s)")),
        List.of("corrections.csv line 3 (category = OTHER) for nowhere.xlsx, row 3: matches nothing,"
            + " not applied"));
  }

  static ReportModel model() {
    return model(
        List.of(southamptonSheet(), sheetFor(birmingham()), sheetFor(cardiff()),
            sheetFor(edinburgh()), sheetFor(antrim())),
        quality());
  }
}
