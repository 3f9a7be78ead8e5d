package uk.breachreport.core.report;

/**
 * One authority in the league table. {@code status} is a {@code ResponseStatus} name; {@code
 * breaches} is null when the authority gave no figure (refused, no response), and then it is
 * unranked; {@code per100k} and {@code rankPer100k} are null without a population. The ranks are
 * {@link Rankings}'.
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

  /** The same council placed in the league table. */
  public CouncilRow withRanks(Integer rank, Integer rankPer100k) {
    return new CouncilRow(rank, code, name, type, nation, region, status, breaches, lowerBound,
        per100k, rankPer100k, children, devices, disciplinary, dismissals, resignations,
        prosecutions, reportedToIco, population);
  }

  public boolean ranked() {
    return rank != null;
  }

  /** Breaches that led to disciplinary action, resignation, dismissal or prosecution. */
  public long disciplinaryAny() {
    return disciplinary + resignations + dismissals + prosecutions;
  }
}
