package uk.breachreport.spark.schema;

import static org.apache.spark.sql.types.DataTypes.BooleanType;
import static org.apache.spark.sql.types.DataTypes.LongType;
import static org.apache.spark.sql.types.DataTypes.StringType;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import uk.breachreport.core.quality.FileDecision;
import uk.breachreport.core.quality.HeldCouncil;
import uk.breachreport.core.report.Responses;

/**
 * The small datasets made on the driver from core's records, for the queries in {@code sql/} to
 * join or to be written: each one's schema beside its conversion.
 */
public final class Views {

  /** {@code responses/}: what each register authority answered ({@link Responses}). */
  static final StructType RESPONSES = new StructType()
      .add("authority_code", StringType, false)
      .add("authority_name", StringType, false)
      .add("authority_type", StringType)
      .add("nation", StringType)
      .add("region", StringType)
      .add("population", LongType)
      .add("status", StringType, false)
      .add("files", LongType, false)
      .add("files_used", LongType, false)
      .add("files_rejected", LongType, false)
      .add("records", LongType, false)
      .add("breaches", LongType, false)
      .add("rejected_rows", LongType, false)
      .add("lower_bound", BooleanType, false)
      .add("file_names", DataTypes.createArrayType(StringType, false), false)
      .add("manifest_note", StringType)
      .add("hold_reason", StringType)
      .add("breaches_held", LongType)
      .add("correction_note", StringType);
  static final StructType DECISIONS = new StructType()
      .add("file", StringType, false)
      .add("outcome", StringType, false)
      .add("repeats", StringType)
      .add("reason", StringType);
  static final StructType HOLDS = new StructType()
      .add("authority_code", StringType, false)
      .add("hold_reason", StringType)
      .add("breaches_held", LongType);

  private Views() {}

  /** {@code responses/}, one row per register authority in code order. */
  public static Dataset<Row> responses(SparkSession spark, List<Responses.Response> responses) {
    return spark.createDataFrame(responses.stream().map(Rows::response).toList(), RESPONSES);
  }

  /** {@code file_decisions}: files set aside after reading. */
  public static Dataset<Row> decisions(SparkSession spark, List<FileDecision> decisions) {
    return spark.createDataFrame(decisions.stream()
        .map(d -> RowFactory.create(d.file(), d.outcome().name(), d.repeats(), d.reason()))
        .toList(), DECISIONS);
  }

  /** {@code holds}: councils held for review, with the figure held back. */
  public static Dataset<Row> holds(SparkSession spark, List<HeldCouncil> held) {
    return spark.createDataFrame(held.stream()
        .map(h -> RowFactory.create(h.code(), h.reasonText(), h.breaches())).toList(), HOLDS);
  }
}
