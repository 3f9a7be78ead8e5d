package uk.breachreport.spark;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;

/**
 * The aggregate tables, collected to the driver (each at most one row per authority), in the
 * order SPEC lists them; {@code name} is the CSV file name under {@code tables/}.
 */
record Tables(Map<String, Table> byName) {

  record Table(String name, List<String> columns, List<Row> rows) {}

  Table get(String name) {
    return byName.get(name);
  }

  /** national_summary as metric -> value, in SPEC's order. */
  Map<String, Object> headline() {
    Table t = get("national_summary");
    Map<String, Object> metrics = new LinkedHashMap<>();
    for (List<?> row : t.rows().stream().map(r -> List.of(r.get(0), r.get(1))).toList()) {
      metrics.put(row.get(0).toString(), row.get(1));
    }
    return metrics;
  }
}
