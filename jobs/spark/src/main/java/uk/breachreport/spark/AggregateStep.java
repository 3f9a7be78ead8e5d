package uk.breachreport.spark;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;

/**
 * AGGREGATE: the headline figures, the league table and the breakdowns, from the reviewable
 * queries in {@code sql/}. Expects the views {@code incidents} and {@code responses}.
 */
final class AggregateStep {

  private AggregateStep() {}

  static Tables run(SparkSession spark) {
    spark.sparkContext().setJobGroup("AGGREGATE", "AGGREGATE totals and rankings", false);
    Map<String, Supplier<Tables.Table>> queries = new LinkedHashMap<>();
    queries.put("national_summary", () -> headline(spark));
    for (String name : List.of("council_rankings", "by_category", "by_year", "by_action")) {
      queries.put(name, () -> table(name, Sql.run(spark, name)));
    }
    // The same breakdown of councils by nation, region and type.
    Map<String, String> groups = Map.of("nation", "nation", "region", "region", "type", "authority_type");
    for (String name : List.of("nation", "region", "type")) {
      queries.put("by_" + name, () -> table("by_" + name,
          Sql.run(spark, "by_group", Map.of("column", groups.get(name), "name", name))));
    }
    try (SideBySide side = new SideBySide()) {
      Map<String, Future<Tables.Table>> running = new LinkedHashMap<>();
      queries.forEach((name, query) -> running.put(name, side.submit(query)));
      Map<String, Tables.Table> tables = new LinkedHashMap<>();
      running.forEach((name, table) -> tables.put(name, SideBySide.result(table)));
      return new Tables(tables);
    }
  }

  /** The one-row query as SPEC's metric,value lines. */
  private static Tables.Table headline(SparkSession spark) {
    Row row = Sql.run(spark, "national_summary").first();
    List<Row> lines = new ArrayList<>();
    String[] metrics = row.schema().fieldNames();
    for (int i = 0; i < metrics.length; i++) {
      lines.add(RowFactory.create(metrics[i], row.get(i)));
    }
    return new Tables.Table("national_summary", List.of("metric", "value"), lines);
  }

  private static Tables.Table table(String name, Dataset<Row> result) {
    return new Tables.Table(name, List.of(result.columns()), result.collectAsList());
  }
}
