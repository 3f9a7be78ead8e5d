package uk.breachreport.spark;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.spark.sql.Row;
import uk.breachreport.core.report.BreakdownRow;
import uk.breachreport.core.report.Labels;

/**
 * The rows of {@code incident_figures.sql}, collected once (a few per council and per file) and
 * split by their {@code family}: every table, breakdown and count of counted records is read from
 * here, not from a query of its own.
 */
final class IncidentFigures {

  /** Largest first, then by key: a breakdown's order. */
  static final Comparator<Row> LARGEST_FIRST = Comparator
      .comparing((Row r) -> r.<Long>getAs("breaches"), Comparator.reverseOrder());

  private final Map<String, List<Row>> byFamily = new HashMap<>();
  private final Map<String, Row> byCouncil = new HashMap<>();
  private final Map<String, Long> recordsByFile = new HashMap<>();

  IncidentFigures(List<Row> rows) {
    rows.forEach(r -> byFamily.computeIfAbsent(r.<String>getAs("family"), k -> new ArrayList<>())
        .add(r));
    family("authority_code").forEach(r -> byCouncil.put(r.getAs("authority_code"), r));
    family("source_file").forEach(r -> recordsByFile.put(r.getAs("source_file"),
        r.<Long>getAs("records")));
  }

  /**
   * The rows of one grouping, named by its columns ({@code "category"},
   * {@code "authority_code,year"}); none when no record is counted.
   */
  List<Row> family(String family) {
    return byFamily.getOrDefault(family, List.of());
  }

  /** The national figures; empty when no record is counted (no grouping has a row then). */
  Optional<Row> national() {
    return family("").stream().findFirst();
  }

  /** Each council's figures (breaches, and the counts the league table shows), by code. */
  Map<String, Row> byCouncil() {
    return byCouncil;
  }

  /** Each file's counted records, by file name. */
  Map<String, Long> recordsByFile() {
    return recordsByFile;
  }

  /**
   * Each council's breaches by {@code key} (category, action_taken or year), largest first then
   * by key, for its factsheet.
   */
  Map<String, List<BreakdownRow>> breakdownByCouncil(String key) {
    Map<String, List<BreakdownRow>> councils = new LinkedHashMap<>();
    family("authority_code," + key).stream()
        .sorted(LARGEST_FIRST.thenComparing(r -> r.<String>getAs(key)))
        .forEach(r -> councils.computeIfAbsent(r.getAs("authority_code"), c -> new ArrayList<>())
            .add(new BreakdownRow(r.getAs(key), Labels.of(r.getAs(key)), r.getAs("breaches"))));
    return councils;
  }
}
