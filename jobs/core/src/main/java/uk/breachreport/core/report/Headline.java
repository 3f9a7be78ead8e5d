package uk.breachreport.core.report;

/**
 * The national headline figures, named as in {@code tables/national_summary.csv}. {@code
 * lowerBound} is true when suppressed cells make the totals minimums ("at least").
 */
public record Headline(
    long authoritiesInRegister,
    long responded,
    long nilReturn,
    long refused,
    long noResponse,
    long breachesTotal,
    boolean lowerBound,
    long lossOrTheft,
    long devicesLostOrStolen,
    long sentToWrongRecipient,
    long unauthorisedAccessOrDisclosure,
    long involvingChildren,
    long sensitiveData,
    long disciplinaryAny,
    long resignations,
    long dismissals,
    long prosecutions,
    long noAction,
    long reportedToIco,
    long peopleAffected) {}
