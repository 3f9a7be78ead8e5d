package uk.breachreport.spark;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import uk.breachreport.core.model.Action;
import uk.breachreport.core.report.CouncilRow;
import uk.breachreport.core.report.Rankings;
import uk.breachreport.spark.schema.Rows;

/**
 * AGGREGATE: the headline figures, the league table and the breakdowns, from the reviewable
 * queries in {@code sql/}; the league table ranked by core's {@link Rankings}. Expects the views
 * {@code incidents} and {@code responses}.
 */
final class AggregateStep {

  private AggregateStep() {}

  static Tables run(SparkSession spark) {
    spark.sparkContext().setJobGroup("AGGREGATE", "AGGREGATE totals and rankings", false);
    Map<String, Supplier<Dataset<Row>>> queries = new LinkedHashMap<>();
    queries.put("national_summary", () -> Sql.run(spark, "national_summary"));
    queries.put("council_rankings", () -> Sql.run(spark, "council_rankings"));
    queries.put("by_category", () -> Sql.run(spark, "by_category"));
    queries.put("by_year", () -> Sql.run(spark, "by_year"));
    queries.put("by_action", () -> Sql.run(spark, "by_action", Map.of("severity",
        Arrays.stream(Action.values()).map(a -> "'" + a.name() + "'").collect(Collectors.joining(", ")))));
    // The same breakdown of councils by nation, region and type.
    Map<String, String> groups = Map.of("nation", "nation", "region", "region", "type", "authority_type");
    for (String name : List.of("nation", "region", "type")) {
      queries.put("by_" + name, () -> Sql.run(spark, "by_group",
          Map.of("column", groups.get(name), "name", name)));
    }
    Map<String, Tables.Table> results = new LinkedHashMap<>();
    try (SideBySide side = new SideBySide()) {
      Map<String, Future<Tables.Table>> running = new LinkedHashMap<>();
      queries.forEach((name, query) -> running.put(name, side.submit(() -> {
        Dataset<Row> result = query.get();
        return new Tables.Table(name, List.of(result.columns()), result.collectAsList());
      })));
      running.forEach((name, table) -> results.put(name, SideBySide.result(table)));
    }
    Row headline = results.get("national_summary").rows().get(0);
    List<CouncilRow> league = Rankings.league(
        results.get("council_rankings").rows().stream().map(Rows::council).toList());
    Map<String, Tables.Table> tables = new LinkedHashMap<>(results);
    tables.put("national_summary",
        new Tables.Table("national_summary", List.of("metric", "value"), metrics(headline)));
    tables.put("council_rankings", new Tables.Table("council_rankings", Rows.COUNCIL_RANKINGS,
        league.stream().map(Rows::councilRankings).toList()));
    return new Tables(tables, Rows.headline(headline), league);
  }

  /** The one-row headline query as SPEC's metric,value lines, in the query's order. */
  private static List<Row> metrics(Row row) {
    List<Row> lines = new ArrayList<>();
    String[] names = row.schema().fieldNames();
    for (int i = 0; i < names.length; i++) {
      lines.add(RowFactory.create(names[i], row.get(i)));
    }
    return lines;
  }
}
