package uk.breachreport.core.quality;

import java.io.Reader;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import uk.breachreport.core.reference.ReferenceCsv;

/**
 * Figures too implausible to publish, with the thresholds of {@code plausibility.csv}: a council
 * total above its population, far above every other council of its type, a single count cell in
 * the tens of thousands, a year far out of line with the council's other years. A wrong figure is
 * worse than a missing one: such a council is held for review, not ranked.
 */
public record Plausibility(
    double populationShare,
    double typeFactor,
    int typeMinPeers,
    long maxCell,
    double yearFactor,
    long minBreaches) implements Serializable {

  /** One council's counted figures; {@code byYear} leaves out records dated by the whole period. */
  public record CouncilFigures(String code, String type, Long population, long breaches,
      long maxCell, Map<String, Long> byYear) {}

  private static final Set<String> CHECKS = Set.of("population_share", "type_factor",
      "type_min_peers", "max_cell", "year_factor", "min_breaches");

  public static Plausibility load(Reader csv) {
    Map<String, String> v = new HashMap<>();
    ReferenceCsv.read("plausibility.csv", csv).forEach(r -> {
      String check = r.get("check");
      if (!CHECKS.contains(check)) {
        throw new IllegalArgumentException(
            "unknown check '" + check + "'; expected one of " + CHECKS);
      }
      v.put(check, r.get("value"));
    });
    if (!v.keySet().containsAll(CHECKS)) {
      throw new IllegalArgumentException("plausibility.csv lacks a value for "
          + CHECKS.stream().filter(c -> !v.containsKey(c)).sorted().toList());
    }
    return new Plausibility(Double.parseDouble(v.get("population_share")),
        Double.parseDouble(v.get("type_factor")), Integer.parseInt(v.get("type_min_peers")),
        Long.parseLong(v.get("max_cell")), Double.parseDouble(v.get("year_factor")),
        Long.parseLong(v.get("min_breaches")));
  }

  /** Every check that fails, one hold per council and check, in council order. */
  public List<Hold> check(List<CouncilFigures> councils) {
    List<Hold> holds = new ArrayList<>();
    List<CouncilFigures> sorted = councils.stream()
        .sorted(Comparator.comparing(CouncilFigures::code)).toList();
    Map<String, TypePeers> byType = new HashMap<>();
    sorted.stream().filter(c -> c.type() != null && c.breaches() > 0).forEach(c ->
        byType.computeIfAbsent(c.type(), t -> new TypePeers()).add(c.breaches()));
    for (CouncilFigures c : sorted) {
      if (c.population() != null && c.population() > 0
          && c.breaches() > c.population() * populationShare) {
        holds.add(new Hold(c.code(), "ABOVE_POPULATION", String.format(
            "%,d breaches for a population of %,d", c.breaches(), c.population())));
      }
      if (c.maxCell() >= maxCell) {
        holds.add(new Hold(c.code(), "HUGE_CELL", String.format(
            "a single count of %,d (held from %,d)", c.maxCell(), maxCell)));
      }
      typeOutlier(c, byType.get(c.type())).ifPresent(holds::add);
      yearOutlier(c).ifPresent(holds::add);
    }
    return holds;
  }

  /**
   * The councils of one type with a figure: how many, and the two highest figures, so each
   * council's peers (the others) are known without scanning every council for each (at 8,660
   * councils that scan was the slowest part of the review).
   */
  private static final class TypePeers {
    private int count;
    private long highest;
    private long second;

    void add(long breaches) {
      count++;
      if (breaches > highest) {
        second = highest;
        highest = breaches;
      } else if (breaches > second) {
        second = breaches;
      }
    }
  }

  private Optional<Hold> typeOutlier(CouncilFigures c, TypePeers type) {
    boolean counted = c.breaches() > 0;
    int peers = type == null ? 0 : type.count - (counted ? 1 : 0);
    if (c.breaches() < minBreaches || peers < typeMinPeers) {
      return Optional.empty();
    }
    long highest = type == null ? 0
        : counted && c.breaches() == type.highest ? type.second : type.highest;
    if (c.breaches() <= highest * typeFactor) {
      return Optional.empty();
    }
    return Optional.of(new Hold(c.code(), "FAR_ABOVE_TYPE", String.format(
        "%,d breaches, over %s times the highest of the other %d councils of its type (%,d)",
        c.breaches(), number(typeFactor), peers, highest)));
  }

  private Optional<Hold> yearOutlier(CouncilFigures c) {
    for (Map.Entry<String, Long> year : new TreeMap<>(c.byYear()).entrySet()) {
      List<Long> others = c.byYear().entrySet().stream()
          .filter(e -> !e.getKey().equals(year.getKey()) && e.getValue() > 0)
          .map(Map.Entry::getValue).sorted().toList();
      if (year.getValue() < minBreaches || others.isEmpty()) {
        continue;
      }
      double median = others.size() % 2 == 1 ? others.get(others.size() / 2)
          : (others.get(others.size() / 2 - 1) + others.get(others.size() / 2)) / 2.0;
      if (year.getValue() > median * yearFactor) {
        return Optional.of(new Hold(c.code(), "YEAR_OUT_OF_LINE", String.format(
            "%,d breaches in %s against a median of %s in its other years", year.getValue(),
            year.getKey(), number(median))));
      }
    }
    return Optional.empty();
  }

  private static String number(double d) {
    return d == Math.rint(d) ? String.format("%,d", (long) d) : String.format("%,.1f", d);
  }
}
