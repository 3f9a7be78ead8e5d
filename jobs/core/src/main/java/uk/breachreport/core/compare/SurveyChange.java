package uk.breachreport.core.compare;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import uk.breachreport.core.model.Authority;
import uk.breachreport.core.normalise.Register;

/**
 * {@code tables/change.csv}: each council of this survey beside an earlier survey's figures (both
 * read from the {@code council_rankings.csv} and {@code national_summary.csv} the job writes),
 * plus a national row. A council the earlier survey did not list is compared through its
 * predecessors there, summed, and says so; when that sum would be wrong (a predecessor split
 * between councils, one without a figure, one missing) the earlier figure stays blank with why.
 */
public final class SurveyChange {

  public static final List<String> COLUMNS =
      List.of("code", "name", "breaches", "status", "earlier_breaches", "earlier_status", "change",
          "change_share", "note");
  /** The code and name of the national row. */
  public static final String NATIONAL_CODE = "";
  public static final String NATIONAL_NAME = "All councils";

  private SurveyChange() {}

  /**
   * One row of a council_rankings.csv; {@code breaches} is null where the survey gave no figure,
   * and a lower bound ("at least", SPEC) where {@code lowerBound}.
   */
  public record Figure(String code, String name, String status, Long breaches, boolean lowerBound) {}

  /**
   * A survey's league table and its national total ({@code lowerBound} when suppressed cells make
   * it "at least"); {@code answered} counts figures given.
   */
  public record Survey(List<Figure> councils, Long breachesTotal, boolean lowerBound, long answered) {

    public Survey {
      councils = List.copyOf(councils);
    }

    /**
     * Reads a survey's {@code tables/council_rankings.csv} and {@code tables/national_summary.csv};
     * a council's lower bound from a {@code lower_bound} column when the table has one.
     */
    public static Survey read(Reader councilRankings, Reader nationalSummary) {
      List<Figure> councils = new ArrayList<>();
      for (CSVRecord r : records(councilRankings, "council_rankings.csv", "code", "name", "status", "breaches")) {
        councils.add(new Figure(r.get("code"), r.get("name"), r.get("status"),
            number(r.get("breaches"), "council_rankings.csv", r),
            r.isSet("lower_bound") && Boolean.parseBoolean(r.get("lower_bound"))));
      }
      Map<String, Long> metrics = new HashMap<>();
      boolean lowerBound = false;
      for (CSVRecord r : records(nationalSummary, "national_summary.csv", "metric", "value")) {
        metrics.put(r.get("metric"), number(r.get("value"), "national_summary.csv", r));
        lowerBound |= r.get("metric").equals("breaches_lower_bound") && Boolean.parseBoolean(r.get("value"));
      }
      for (String metric : List.of("breaches_total", "authorities_responded", "authorities_nil_return")) {
        if (metrics.get(metric) == null) {
          throw new IllegalArgumentException("national_summary.csv has no figure for " + metric);
        }
      }
      return new Survey(councils, metrics.get("breaches_total"), lowerBound,
          metrics.get("authorities_responded") + metrics.get("authorities_nil_return"));
    }

    /** The same survey with the councils {@code codes} names as lower bounds. */
    public Survey withLowerBounds(Set<String> codes) {
      return new Survey(councils.stream().map(f -> new Figure(f.code(), f.name(), f.status(), f.breaches(),
          f.lowerBound() || codes.contains(f.code()))).toList(), breachesTotal, lowerBound, answered);
    }
  }

  /**
   * One line of change.csv; figures are null where either survey has none. {@code through} names
   * the predecessors a merged council is compared through (not a column: the note says it);
   * {@code lowerBound} and {@code earlierLowerBound} say a figure is "at least" (not columns either);
   * {@code reason} says in plain words, for the factsheet, why a merged council could not be
   * compared through its predecessors (null otherwise), where {@code note} gives the codes.
   */
  public record Change(String code, String name, Long breaches, String status, Long earlierBreaches,
      String earlierStatus, Long change, BigDecimal changeShare, String note, List<String> through,
      boolean lowerBound, boolean earlierLowerBound, String reason) {

    public Change {
      through = List.copyOf(through);
    }

    /** True for the national row. */
    public boolean national() {
      return NATIONAL_CODE.equals(code);
    }

    /** The values in {@link #COLUMNS} order. */
    public List<Object> values() {
      return Arrays.asList(code, name, breaches, status, earlierBreaches, earlierStatus, change, changeShare, note);
    }
  }

  /**
   * One row per council of {@code now}, in its order, then the national row. {@code register} is
   * this survey's: it knows each council's predecessors.
   */
  public static List<Change> compare(Survey now, Survey earlier, Register register) {
    Map<String, Figure> before = new HashMap<>();
    earlier.councils().forEach(f -> before.put(canonical(f.code(), register), f));
    List<Change> out = new ArrayList<>();
    for (Figure f : now.councils()) {
      Figure same = before.get(canonical(f.code(), register));
      if (same != null) {
        out.add(change(f, same.breaches(), same.status(), same.lowerBound(), "", List.of(), null));
      } else {
        out.add(throughPredecessors(f, before, register));
      }
    }
    out.add(change(new Figure(NATIONAL_CODE, NATIONAL_NAME, "", now.breachesTotal(), now.lowerBound()),
        earlier.breachesTotal(), "", earlier.lowerBound(),
        "all breaches counted; " + now.answered() + " councils gave figures in this survey, "
            + earlier.answered() + " in the earlier one", List.of(), null));
    return out;
  }

  private static Change throughPredecessors(Figure f, Map<String, Figure> before, Register register) {
    List<Figure> found = new ArrayList<>();
    List<String> missing = new ArrayList<>();
    ancestors(f.code(), before, register, found, missing);
    if (found.isEmpty() && missing.isEmpty()) {
      return change(f, null, null, false, "not in the earlier survey", List.of(), null);
    }
    String predecessors = found.stream()
        .map(p -> p.name() + " (" + p.code() + ") " + (p.breaches() == null ? p.status() : p.breaches()))
        .collect(Collectors.joining(" + "));
    List<String> through = found.stream().map(Figure::name).toList();
    String status = found.stream().map(Figure::status).distinct().sorted().collect(Collectors.joining("|"));
    List<String> split = found.stream()
        .filter(p -> register.successorsInForce(p.code()).size() > 1)
        .map(p -> p.name() + " (" + p.code() + ") was split between "
            + register.successorsInForce(p.code()).stream().map(Authority::label).collect(Collectors.joining(" and ")))
        .toList();
    String why;
    String plain;
    if (!split.isEmpty()) {
      why = String.join("; ", split) + ": no earlier figure can be credited to one of them";
      plain = found.stream().filter(p -> register.successorsInForce(p.code()).size() > 1)
          .map(p -> p.name() + " was split between " + register.successorsInForce(p.code()).stream()
              .map(Authority::name).collect(Collectors.joining(" and ")))
          .collect(Collectors.joining("; ")) + ", so its earlier figure cannot be credited to one council";
    } else if (!missing.isEmpty()) {
      why = "predecessor(s) " + missing.stream().map(c -> name(c, register, true)).collect(Collectors.joining(", "))
          + " not in the earlier survey";
      plain = missing.stream().map(c -> name(c, register, false)).collect(Collectors.joining(" and "))
          + (missing.size() == 1 ? " was" : " were") + " not in the previous survey";
    } else if (found.stream().anyMatch(p -> p.breaches() == null)) {
      why = "not every predecessor gave a figure";
      // One clause per reason: "A and B did not answer the previous survey", not the words twice.
      plain = found.stream().filter(p -> p.breaches() == null)
          .collect(Collectors.groupingBy(p -> noFigure(p.status()), LinkedHashMap::new,
              Collectors.mapping(Figure::name, Collectors.toList())))
          .entrySet().stream().map(e -> listed(e.getValue()) + " " + e.getKey())
          .collect(Collectors.joining("; "));
    } else {
      long sum = found.stream().mapToLong(Figure::breaches).sum();
      return change(f, sum, status, found.stream().anyMatch(Figure::lowerBound),
          "merged: compared through its predecessors in the earlier survey, " + predecessors, through, null);
    }
    return change(f, null, status.isEmpty() ? null : status, false,
        "merged: " + why + (found.isEmpty() ? "" : "; earlier: " + predecessors), through, plain);
  }

  /**
   * The nearest predecessors of {@code code} that the earlier survey lists, following successions
   * back (Somerset Council, Somerset West and Taunton, Taunton Deane); those it does not list and
   * that had no predecessors go to {@code missing}, by code.
   */
  private static void ancestors(String code, Map<String, Figure> before, Register register,
      List<Figure> found, List<String> missing) {
    for (String p : register.entry(code).map(Register.Entry::predecessors).orElse(List.of())) {
      Figure listed = before.get(canonical(p, register));
      Register.Entry entry = register.entry(p).orElse(null);
      if (listed != null) {
        if (!found.contains(listed)) {
          found.add(listed);
        }
      } else if (entry != null && !entry.predecessors().isEmpty()) {
        ancestors(p, before, register, found, missing);
      } else {
        missing.add(p);
      }
    }
  }

  /**
   * The councils with a figure in both surveys, added up: the change that holds when the two
   * surveys had different councils answering. Empty when no council has a figure in both.
   */
  public static Optional<Change> likeForLike(List<Change> changes) {
    List<Change> both = changes.stream().filter(c -> !c.national() && c.change() != null).toList();
    if (both.isEmpty()) {
      return Optional.empty();
    }
    Figure now = new Figure(NATIONAL_CODE, NATIONAL_NAME, "",
        both.stream().mapToLong(Change::breaches).sum(), both.stream().anyMatch(Change::lowerBound));
    return Optional.of(change(now, both.stream().mapToLong(Change::earlierBreaches).sum(), "",
        both.stream().anyMatch(Change::earlierLowerBound), "", List.of(), null));
  }

  private static Change change(Figure now, Long earlier, String earlierStatus, boolean earlierLowerBound,
      String note, List<String> through, String reason) {
    Long change = now.breaches() == null || earlier == null ? null : now.breaches() - earlier;
    BigDecimal share = change == null || earlier == 0 ? null
        : BigDecimal.valueOf(change).divide(BigDecimal.valueOf(earlier), 4, RoundingMode.HALF_UP);
    return new Change(now.code(), now.name(), now.breaches(), now.status(), earlier, earlierStatus, change,
        share, note, through, now.lowerBound(), earlierLowerBound, reason);
  }

  /** "A", "A and B", "A, B and C": names in a sentence. */
  public static String listed(List<String> names) {
    return names.size() == 1 ? names.get(0)
        : String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
  }

  /** A predecessor without an earlier figure, in words: "did not answer the previous survey". */
  private static String noFigure(String status) {
    return switch (status) {
      case "NO_RESPONSE" -> "did not answer the previous survey";
      case "REFUSED" -> "refused the previous survey's request";
      case "HELD_FOR_REVIEW" -> "had its figure held for review in the previous survey";
      default -> "gave no figure in the previous survey";
    };
  }

  /** A register code's name ({@code label}: with the code), the code itself when unknown. */
  private static String name(String code, Register register, boolean label) {
    return register.entry(code).map(e -> label ? e.authority().label() : e.authority().name()).orElse(code);
  }

  /** The register's own code for any code a council has had; the code itself when unknown. */
  private static String canonical(String code, Register register) {
    return register.entry(code).map(e -> e.authority().code()).orElse(code);
  }

  private static List<CSVRecord> records(Reader csv, String file, String... columns) {
    CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).get();
    try (CSVParser parser = CSVParser.parse(csv, format)) {
      List<String> missing = Arrays.stream(columns).filter(c -> !parser.getHeaderMap().containsKey(c)).toList();
      if (!missing.isEmpty()) {
        throw new IllegalArgumentException(file + " has no column(s) " + missing);
      }
      return parser.getRecords();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  private static Long number(String value, String file, CSVRecord r) {
    if (value.isEmpty()) {
      return null;
    }
    try {
      return Long.valueOf(value);
    } catch (NumberFormatException e) {
      // national_summary.csv also holds true/false metrics, which no comparison needs.
      if (Objects.equals(file, "national_summary.csv")) {
        return null;
      }
      throw new IllegalArgumentException(
          file + " line " + (r.getRecordNumber() + 1) + ": '" + value + "' is not a whole number", e);
    }
  }
}
