package uk.breachreport.core.normalise;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import uk.breachreport.core.ReferenceData;
import uk.breachreport.core.reference.ReferenceSource;

/**
 * The shipped rules against descriptions and outcomes written, the way councils' officers write
 * them, by someone who had not seen the rules, each labelled as a careful reader would label it.
 *
 * <p>Two development sets are kept under src/test/resources/phrases, both by the same author:
 * "dev", the half the rules were first improved on, and "spent", the half first held back (on
 * which those rules reached only 79.4% category and 87.0% action) and then used to rewrite the
 * rules by concept rather than by phrase. A second author wrote "author2-dev", used while the
 * rules were rewritten, and "author2-holdout", which nobody working on the rules saw: measured
 * once at the end, before (the rules of the first release: category 62.7%, channel 75.3%,
 * children 94.0%, sensitive 78.0%, action 75.3%) and after (category 83.3%, channel 86.0%,
 * children 96.7%, sensitive 87.3%, action 93.8%). All four are held to floors, so a rule change
 * that loses ground on any fails; the held-out one is no longer unseen once rules are written
 * against its misses. Wording nobody has seen is measured on another folder with
 * {@code -Dphrases.dir=/path/to/folder -Dphrases.split=holdout}: the folder holds
 * {@code descriptions-<split>.csv} ({@code text,category,channel,involves_children,sensitive_data})
 * and {@code outcomes-<split>.csv} ({@code text,action,reported_to_ico}); a split without floors
 * or in another folder is measured and reported, not held to any.
 *
 * <p>The report (accuracy per dimension, the confusions and every miss) is printed and written to
 * {@code target/taxonomy-accuracy-<split>.txt}.
 */
class TaxonomyAccuracyTest {

  static final Path REFERENCE = Path.of("../../data/reference");
  static final Path DIR =
      Path.of(System.getProperty("phrases.dir", "src/test/resources/phrases"));
  /** The split named by {@code phrases.split}; without it, every split that has floors. */
  static final List<String> SPLITS = System.getProperty("phrases.split") == null
      ? List.of("dev", "spent", "author2-dev", "author2-holdout")
      : List.of(System.getProperty("phrases.split"));

  /**
   * Share of each development set the rules get right, per dimension, as they reached it: a
   * regression fails. Before any improvement, on dev: category 70.2%, channel 77.5%, children
   * 96.5%, sensitive 80.2%, action 80.9%; on spent, after dev's rules and before the rewrite by
   * concept: category 79.4%, channel 80.5%, children 98.4%, sensitive 91.8%, action 87.0%.
   */
  static final Map<String, Map<String, Double>> FLOORS = Map.of(
      "dev", Map.of(
          "category", 0.992,
          "channel", 0.968,
          "involves_children", 1.0,
          "sensitive_data", 0.980,
          "action", 1.0),
      "spent", Map.of(
          "category", 0.964,
          "channel", 0.871,
          "involves_children", 0.984,
          "sensitive_data", 0.953,
          "action", 0.984),
      "author2-dev", Map.of(
          "category", 0.946,
          "channel", 0.840,
          "involves_children", 0.986,
          "sensitive_data", 0.966,
          "action", 0.963),
      "author2-holdout", Map.of(
          "category", 0.833,
          "channel", 0.860,
          "involves_children", 0.966,
          "sensitive_data", 0.873,
          "action", 0.938));

  static Taxonomy taxonomy;

  @BeforeAll
  static void load() {
    taxonomy = ReferenceData.load(ReferenceSource.folder(REFERENCE), Period.STUDY).taxonomy();
  }

  /** One labelled phrase: its text, the label a careful reader gave, what the rules say. */
  record Outcome(String text, String expected, String got) {
    boolean right() {
      return expected.equals(got);
    }

    /** "expected -> got", an empty answer shown as (empty). */
    String confusion() {
      return (expected.isEmpty() ? "(empty)" : expected) + " -> " + (got.isEmpty() ? "(empty)" : got);
    }
  }

  /** A dimension's results over every phrase. */
  record Measure(String dimension, List<Outcome> outcomes) {
    long right() {
      return outcomes.stream().filter(Outcome::right).count();
    }

    double accuracy() {
      return outcomes.isEmpty() ? 1.0 : (double) right() / outcomes.size();
    }

    String report() {
      StringBuilder s = new StringBuilder(String.format(Locale.ROOT, "%-18s %5.1f%%  (%d of %d)%n",
          dimension, 100 * accuracy(), right(), outcomes.size()));
      List<Outcome> misses = outcomes.stream().filter(o -> !o.right()).toList();
      Map<String, Long> confusions = misses.stream().collect(Collectors.groupingBy(
          Outcome::confusion, TreeMap::new, Collectors.counting()));
      confusions.entrySet().stream()
          .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
          .forEach(e -> s.append(String.format(Locale.ROOT, "    %3d  %s%n", e.getValue(),
              e.getKey())));
      misses.stream()
          .sorted(Comparator.comparing(Outcome::confusion))
          .forEach(o -> s.append("      miss ").append(o.confusion()).append(": ")
              .append(o.text()).append('\n'));
      return s.toString();
    }
  }

  static List<String> splits() {
    return SPLITS;
  }

  @ParameterizedTest
  @MethodSource("splits")
  void rulesClassifyUnseenWordingAsACarefulReaderWould(String split) throws IOException {
    List<CSVRecord> descriptions = read("descriptions", split);
    List<CSVRecord> outcomes = read("outcomes", split);
    List<Measure> measures = List.of(
        measure("category", descriptions, "category",
            t -> taxonomy.category(t, null).name()),
        measure("channel", descriptions, "channel",
            t -> label(taxonomy.channel(t, null))),
        measure("involves_children", descriptions, "involves_children",
            t -> label(taxonomy.involvesChildren(t))),
        measure("sensitive_data", descriptions, "sensitive_data",
            t -> label(taxonomy.sensitiveData(t))),
        measure("action", outcomes, "action", t -> taxonomy.action(t).name()));

    StringBuilder report = new StringBuilder("Taxonomy accuracy on " + DIR + " (" + split
        + "): " + descriptions.size() + " descriptions, " + outcomes.size() + " outcomes\n");
    measures.forEach(m -> report.append(m.report()));
    long icoStated = outcomes.stream().filter(r -> !r.get("reported_to_ico").isBlank()).count();
    report.append("reported_to_ico    not measured: the taxonomy reads it from the council's own"
        + " yes/no column (YesNo), never from outcome text; ").append(icoStated).append(" of ")
        .append(outcomes.size()).append(" outcome phrases state it\n");
    Path target = Path.of("target");
    Files.createDirectories(target);
    Files.writeString(target.resolve("taxonomy-accuracy-" + split + ".txt"), report,
        StandardCharsets.UTF_8);
    System.out.println(report);

    assertTrue(descriptions.size() > 0 && outcomes.size() > 0, "no phrases in " + DIR);
    // the floors belong to the shipped sets: another folder's "dev" is measured, not held
    Map<String, Double> floors = System.getProperty("phrases.dir") == null
        ? FLOORS.getOrDefault(split, Map.of()) : Map.of();
    for (Measure m : measures) {
      if (floors.containsKey(m.dimension())) {
        double floor = floors.get(m.dimension());
        assertTrue(m.accuracy() >= floor, String.format(Locale.ROOT,
            "%s accuracy %.1f%% fell below its floor %.1f%%:%n%s", m.dimension(),
            100 * m.accuracy(), 100 * floor, m.report()));
      }
    }
  }

  private static Measure measure(String dimension, List<CSVRecord> rows, String column,
      Function<String, String> classify) {
    return new Measure(dimension, rows.stream()
        .map(r -> new Outcome(r.get("text"), r.get(column).strip(), classify.apply(r.get("text"))))
        .toList());
  }

  /** An enum's name, "true", or "" for null: how the phrase files write an answer. */
  private static String label(Object value) {
    return Objects.toString(value, "");
  }

  private static List<CSVRecord> read(String kind, String split) throws IOException {
    Path file = DIR.resolve(kind + "-" + split + ".csv");
    CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        CSVParser parser = format.parse(r)) {
      return new ArrayList<>(parser.getRecords());
    }
  }
}
