package uk.breachreport.core.quality;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import uk.breachreport.core.model.Authority;
import uk.breachreport.core.model.Incident;
import uk.breachreport.core.model.ResponseStatus;
import uk.breachreport.core.normalise.Register;

/**
 * The analyst's word on whole councils, decided on a few facts: a total set in place of a
 * council's records, a status set (its records not counted when the status says it gave none),
 * and the councils held for review by the checks, less those the analyst decided or confirmed.
 * The Spark step counts records and applies the decisions; each line that took effect says what
 * it did in {@code effects}, by line number, and a line refused says why in {@code refused}.
 */
public final class CouncilReview {

  private static final Set<String> NOT_COUNTED = Set.of(ResponseStatus.NIL_RETURN.name(),
      ResponseStatus.REFUSED.name(), ResponseStatus.NO_RESPONSE.name());

  /** A council's counted records taken out, with the reason each excluded record carries. */
  public record Exclusion(String authorityCode, ExclusionCode code, String reason) {}

  /**
   * The councils' corrections: first {@code replaced} is excluded and {@code totals} added, then
   * {@code notCounted} is excluded (a council given a total and a status loses its total too).
   */
  public record Corrected(List<Exclusion> replaced, List<Incident> totals,
      List<Exclusion> notCounted, List<CouncilStatus> statuses, Set<String> decidedByAnalyst,
      List<Hold> holds) {}

  private CouncilReview() {}

  /**
   * @param records each council's counted records before the corrections
   * @param sha256 corrections.csv's checksum, the lineage of a total's record
   */
  public static Corrected correct(Corrections corrections, Register register,
      Map<String, Long> records, String sha256, Map<Integer, String> effects) {
    List<Exclusion> replaced = new ArrayList<>();
    List<Incident> totals = new ArrayList<>();
    Set<String> withTotal = new HashSet<>();
    for (Correction c : lines(corrections, Correction.Field.TOTAL)) {
      Authority a = register.byCode(c.authorityCode()).orElse(null);
      if (a == null) {
        continue; // not in this period's register: reported as matching nothing
      }
      replaced.add(new Exclusion(a.code(), ExclusionCode.REPLACED_BY_TOTAL,
          "replaced by the total set by " + c.label()));
      totals.add(Corrections.totalRecord(a, c, sha256));
      withTotal.add(a.code());
      effects.put(c.line(), "total set to " + c.value() + " breaches, in place of "
          + records.getOrDefault(a.code(), 0L) + " record(s)");
    }
    List<Exclusion> notCounted = new ArrayList<>();
    List<CouncilStatus> statuses = new ArrayList<>();
    Set<String> decided = new HashSet<>();
    List<Hold> holds = new ArrayList<>();
    for (Correction c : lines(corrections, Correction.Field.STATUS)) {
      String code = c.authorityCode();
      if (register.byCode(code).isEmpty()) {
        continue;
      }
      String effect = "status set to " + c.value();
      if (NOT_COUNTED.contains(c.value())) {
        notCounted.add(new Exclusion(code, ExclusionCode.STATUS_SET_BY_CORRECTION,
            "council's status set to " + c.value() + " by " + c.label()));
        long n = withTotal.contains(code) ? 1 : records.getOrDefault(code, 0L);
        effect += n == 0 ? "" : ", " + n + " record(s) not counted";
      }
      if (c.value().equals(ResponseStatus.HELD_FOR_REVIEW.name())) {
        holds.add(new Hold(code, "SET_BY_CORRECTION", c.note()));
      } else {
        decided.add(code);
        statuses.add(new CouncilStatus(code, c.value(), c.note()));
      }
      effects.put(c.line(), effect);
    }
    return new Corrected(replaced, totals, notCounted, statuses, decided, holds);
  }

  /**
   * The councils held for review: those {@code holds} names, less the ones the analyst decided
   * (a status set) or confirmed at their current total.
   *
   * @param breaches each council's counted breaches
   */
  public static List<HeldCouncil> held(Corrections corrections, Register register,
      List<Hold> holds, Set<String> decidedByAnalyst, Map<String, Long> breaches,
      Map<Integer, String> effects, Map<Integer, String> refused) {
    Map<String, List<Hold>> byCouncil = holds.stream()
        .filter(h -> !decidedByAnalyst.contains(h.authorityCode()))
        .collect(Collectors.groupingBy(Hold::authorityCode, TreeMap::new, Collectors.toList()));
    for (Correction c : lines(corrections, Correction.Field.CONFIRM)) {
      String code = c.authorityCode();
      long total = breaches.getOrDefault(code, 0L);
      List<Hold> held = byCouncil.get(code);
      if (held == null) {
        refused.put(c.line(), "the council is not held for review");
      } else if (c.value() != null && Long.parseLong(c.value()) != total) {
        refused.put(c.line(), String.format("the council's total is %,d, not the %,d confirmed",
            total, Long.parseLong(c.value())));
      } else {
        byCouncil.remove(code);
        effects.put(c.line(), "confirmed " + total + " breaches held for "
            + held.stream().map(Hold::code).distinct().collect(Collectors.joining(", ")));
      }
    }
    return byCouncil.entrySet().stream()
        .map(e -> new HeldCouncil(e.getKey(),
            register.byCode(e.getKey()).map(Authority::name).orElse(e.getKey()),
            breaches.getOrDefault(e.getKey(), 0L), e.getValue()))
        .toList();
  }

  /** The line applied for each council the field is given for ({@link Corrections#forCouncil}). */
  private static List<Correction> lines(Corrections corrections, Correction.Field field) {
    Set<String> codes = new LinkedHashSet<>();
    corrections.lines().stream().filter(c -> c.field() == field && c.authorityCode() != null)
        .forEach(c -> codes.add(c.authorityCode()));
    return codes.stream().map(code -> corrections.forCouncil(code, field).orElseThrow()).toList();
  }
}
