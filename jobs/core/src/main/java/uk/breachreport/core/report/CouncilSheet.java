package uk.breachreport.core.report;

import java.util.List;

/**
 * One council's factsheet. Ranks are competition ranks among the ranked authorities of the same
 * nation, region (England only, else null) and type; all ranks are null when the council is
 * unranked, and {@code rankedIn*} counts the ranked authorities compared against.
 */
public record CouncilSheet(
    CouncilRow row,
    Integer rankInNation,
    Integer rankedInNation,
    Integer rankInRegion,
    Integer rankedInRegion,
    Integer rankInType,
    Integer rankedInType,
    List<BreakdownRow> byCategory,
    List<BreakdownRow> byAction,
    List<BreakdownRow> byYear,
    List<CouncilRow> similar,
    List<SourceFile> files,
    List<IncidentLine> incidents) {

  public CouncilSheet {
    byCategory = List.copyOf(byCategory);
    byAction = List.copyOf(byAction);
    byYear = List.copyOf(byYear);
    similar = List.copyOf(similar);
    files = List.copyOf(files);
    incidents = List.copyOf(incidents);
  }

  /** The same sheet with every incident description passed through {@link PersonalDataMask}. */
  public CouncilSheet masked() {
    return withIncidents(incidents.stream().map(IncidentLine::masked).toList());
  }

  /** The same sheet listing no incident, for pages that print none. */
  public CouncilSheet withoutIncidents() {
    return withIncidents(List.of());
  }

  private CouncilSheet withIncidents(List<IncidentLine> lines) {
    return new CouncilSheet(
        row, rankInNation, rankedInNation, rankInRegion, rankedInRegion, rankInType, rankedInType,
        byCategory, byAction, byYear, similar, files, lines);
  }
}
