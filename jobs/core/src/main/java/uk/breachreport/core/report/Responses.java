package uk.breachreport.core.report;

import static uk.breachreport.core.model.ResponseStatus.HELD_FOR_REVIEW;
import static uk.breachreport.core.model.ResponseStatus.NIL_RETURN;
import static uk.breachreport.core.model.ResponseStatus.NO_RESPONSE;
import static uk.breachreport.core.model.ResponseStatus.REFUSED;
import static uk.breachreport.core.model.ResponseStatus.RESPONDED;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import uk.breachreport.core.model.Authority;
import uk.breachreport.core.model.FileOutcome;
import uk.breachreport.core.model.ResponseStatus;
import uk.breachreport.core.quality.CouncilStatus;
import uk.breachreport.core.quality.HeldCouncil;
import uk.breachreport.core.text.Utf8Order;

/**
 * What each register authority answered ({@code responses/}, one row each), from the facts the
 * run has collected on the driver: its files' outcomes, its counted records, the manifest's
 * statuses, the councils held for review and the statuses set in corrections.csv. A council whose
 * only files were rejected is NO_RESPONSE (nothing usable), with its rejects shown. A status set
 * in corrections.csv wins; then a council held for review (its records are not counted:
 * {@code breachesHeld} gives the figure held back).
 */
public final class Responses {

  /** One input file as the response counts it; {@code authorityCode} null when unresolved. */
  public record File(String authorityCode, String file, String outcome, long rejectedRows,
      boolean lowerBound) {}

  /** A council's counted records and their breaches. */
  public record Counted(long records, long breaches) {}

  /** Everything known of the councils' answers but their counted records. */
  public record Facts(List<Authority> register, List<File> files, List<CouncilStatus> manifest,
      List<HeldCouncil> held, List<CouncilStatus> corrections) {
    public Facts {
      register = List.copyOf(register);
      files = List.copyOf(files);
      manifest = List.copyOf(manifest);
      held = List.copyOf(held);
      corrections = List.copyOf(corrections);
    }
  }

  /** One register authority's answer. */
  public record Response(Authority council, String status, long files, long filesUsed,
      long filesRejected, long records, long breaches, long rejectedRows, boolean lowerBound,
      List<String> fileNames, String manifestNote, String holdReason, Long breachesHeld,
      String correctionNote) {
    public Response {
      fileNames = List.copyOf(fileNames);
    }

    /** Responded or a nil return: the council gave a figure, so it is ranked and counted. */
    public boolean answered() {
      return status.equals(RESPONDED.name()) || status.equals(NIL_RETURN.name());
    }
  }

  /**
   * Councils grouped (all of them, or by nation, region or type): how many, how many answered,
   * their breaches and the rate over the councils that answered, how many in each status, and
   * whether a responded figure is a minimum.
   */
  public record Group(String key, long authorities, long answered, long breaches, Double per100k,
      Map<String, Long> byStatus, boolean lowerBound) {
    public Group {
      byStatus = Map.copyOf(byStatus);
    }

    public long withStatus(String status) {
      return byStatus.getOrDefault(status, 0L);
    }
  }

  private static final Counted NONE = new Counted(0, 0);

  private Responses() {}

  /** One response per register authority, in code order. */
  public static List<Response> of(Facts facts, Map<String, Counted> counted) {
    Map<String, List<File>> files = facts.files().stream()
        .filter(f -> f.authorityCode() != null)
        .collect(Collectors.groupingBy(File::authorityCode));
    Map<String, List<CouncilStatus>> stated = facts.manifest().stream()
        .collect(Collectors.groupingBy(CouncilStatus::authorityCode));
    Map<String, HeldCouncil> held = new HashMap<>();
    facts.held().forEach(h -> held.put(h.code(), h));
    Map<String, CouncilStatus> corrected = new HashMap<>();
    facts.corrections().forEach(c -> corrected.put(c.authorityCode(), c));
    return facts.register().stream()
        .sorted(Comparator.comparing(Authority::code, Utf8Order.INSTANCE))
        .map(council -> response(council, files.getOrDefault(council.code(), List.of()),
            counted.getOrDefault(council.code(), NONE),
            stated.getOrDefault(council.code(), List.of()), held.get(council.code()),
            corrected.get(council.code())))
        .toList();
  }

  private static Response response(Authority council, List<File> files, Counted counted,
      List<CouncilStatus> stated, HeldCouncil held, CouncilStatus corrected) {
    long used = outcomes(files, FileOutcome.USED);
    String status;
    if (corrected != null) {
      status = corrected.status();
    } else if (held != null) {
      status = HELD_FOR_REVIEW.name();
    } else if (used > 0 || counted.records() > 0) {
      status = RESPONDED.name();
    } else if (outcomes(files, FileOutcome.NIL_RETURN) > 0 || states(stated, NIL_RETURN)) {
      status = NIL_RETURN.name();
    } else if (outcomes(files, FileOutcome.REFUSED) > 0 || states(stated, REFUSED)) {
      status = REFUSED.name();
    } else {
      status = NO_RESPONSE.name();
    }
    // The manifest's notes, each once and sorted; none gives an empty note, no line a null one.
    String note = stated.isEmpty() ? null : String.join("; ", stated.stream()
        .map(CouncilStatus::note).filter(Objects::nonNull)
        .collect(Collectors.toCollection(() -> new TreeSet<>(Utf8Order.INSTANCE))));
    return new Response(council, status, files.size(), used, outcomes(files, FileOutcome.REJECTED),
        counted.records(), counted.breaches(),
        files.stream().mapToLong(File::rejectedRows).sum(),
        files.stream().anyMatch(File::lowerBound),
        files.stream().map(File::file).sorted(Utf8Order.INSTANCE).toList(), note,
        held == null ? null : held.reasonText(), held == null ? null : held.breaches(),
        corrected == null ? null : corrected.note());
  }

  private static long outcomes(List<File> files, FileOutcome outcome) {
    return files.stream().filter(f -> f.outcome().equals(outcome.name())).count();
  }

  private static boolean states(List<CouncilStatus> stated, ResponseStatus status) {
    return stated.stream().anyMatch(s -> s.status().equals(status.name()));
  }

  /** All the councils as one group. */
  public static Group national(List<Response> responses) {
    return group(null, responses);
  }

  /** The councils by {@code key}, in order of first appearance; councils without one left out. */
  public static List<Group> by(List<Response> responses, Function<Authority, String> key) {
    Map<String, List<Response>> groups = new LinkedHashMap<>();
    responses.stream().filter(r -> key.apply(r.council()) != null
            && !key.apply(r.council()).isEmpty())
        .forEach(r -> groups.computeIfAbsent(key.apply(r.council()), k -> new ArrayList<>())
            .add(r));
    return groups.entrySet().stream().map(e -> group(e.getKey(), e.getValue())).toList();
  }

  private static Group group(String key, List<Response> councils) {
    List<Response> answered = councils.stream().filter(Response::answered).toList();
    long breaches = answered.stream().mapToLong(Response::breaches).sum();
    long population = answered.stream().map(r -> r.council().population())
        .filter(Objects::nonNull).mapToLong(Long::longValue).sum();
    return new Group(key, councils.size(), answered.size(), breaches,
        Rankings.per100k(breaches, population),
        councils.stream().collect(Collectors.groupingBy(Response::status, Collectors.counting())),
        councils.stream().anyMatch(r -> r.status().equals(RESPONDED.name()) && r.lowerBound()));
  }
}
