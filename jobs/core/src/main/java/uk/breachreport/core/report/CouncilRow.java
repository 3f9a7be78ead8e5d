package uk.breachreport.core.report;

/**
 * One authority in the league table. {@code status} is a {@code ResponseStatus} name; {@code rank}
 * and {@code breaches} are null when the authority is unranked (refused, no response); {@code
 * per100k} and {@code rankPer100k} are null without a population.
 */
public record CouncilRow(
    Integer rank,
    String code,
    String name,
    String type,
    String nation,
    String region,
    String status,
    Long breaches,
    boolean lowerBound,
    Double per100k,
    Integer rankPer100k,
    long children,
    long devices,
    long disciplinary,
    long dismissals,
    long resignations,
    long prosecutions,
    long reportedToIco,
    Long population) {

  public boolean ranked() {
    return rank != null;
  }

  /** Breaches that led to disciplinary action, resignation, dismissal or prosecution. */
  public long disciplinaryAny() {
    return disciplinary + resignations + dismissals + prosecutions;
  }
}
