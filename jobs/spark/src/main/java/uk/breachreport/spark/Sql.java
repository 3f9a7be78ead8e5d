package uk.breachreport.spark;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/** Runs the reviewable queries in {@code sql/*.sql} on the classpath. */
final class Sql {

  private Sql() {}

  static Dataset<Row> run(SparkSession spark, String name) {
    return spark.sql(text(name));
  }

  /** A query with {@code ${key}} placeholders for identifiers fixed in code, never user input. */
  static Dataset<Row> run(SparkSession spark, String name, Map<String, String> identifiers) {
    String sql = text(name);
    for (Map.Entry<String, String> e : identifiers.entrySet()) {
      sql = sql.replace("${" + e.getKey() + "}", e.getValue());
    }
    return spark.sql(sql);
  }

  static String text(String name) {
    String resource = "/sql/" + name + ".sql";
    try (InputStream in = Sql.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing query " + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
