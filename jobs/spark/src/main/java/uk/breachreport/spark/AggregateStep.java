package uk.breachreport.spark;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
    Map<String, Tables.Table> tables = new LinkedHashMap<>();
    tables.put("national_summary", headline(spark));
    tables.put("council_rankings", collect(spark, "council_rankings"));
    for (String breakdown : Tables.BREAKDOWNS) {
      tables.put(breakdown, collect(spark, breakdown));
    }
    return new Tables(tables);
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

  private static Tables.Table collect(SparkSession spark, String name) {
    Dataset<Row> result = Sql.run(spark, name);
    return new Tables.Table(name, List.of(result.columns()), result.collectAsList());
  }
}
