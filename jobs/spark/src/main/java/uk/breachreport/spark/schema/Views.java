package uk.breachreport.spark.schema;

import static org.apache.spark.sql.types.DataTypes.LongType;
import static org.apache.spark.sql.types.DataTypes.StringType;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import uk.breachreport.core.model.Authority;
import uk.breachreport.core.quality.CouncilStatus;
import uk.breachreport.core.quality.FileDecision;
import uk.breachreport.core.quality.HeldCouncil;

/**
 * The small views the queries in {@code sql/} join, made on the driver from core's records: each
 * view's schema beside its conversion.
 */
public final class Views {

  static final StructType REGISTER = new StructType()
      .add("code", StringType, false)
      .add("name", StringType, false)
      .add("type", StringType)
      .add("nation", StringType)
      .add("region", StringType)
      .add("population", LongType);
  /** Councils' statuses as the analyst knows them: the manifest's, or a correction's. */
  static final StructType STATUSES = new StructType()
      .add("authority_code", StringType, false)
      .add("status", StringType, false)
      .add("note", StringType);
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

  /** {@code register}: the period's register of authorities. */
  public static Dataset<Row> register(SparkSession spark, List<Authority> authorities) {
    return spark.createDataFrame(authorities.stream()
        .map(a -> RowFactory.create(a.code(), a.name(), a.type(), a.nation(), a.region(),
            a.population()))
        .toList(), REGISTER);
  }

  /** {@code manifest_statuses} or {@code status_corrections}. */
  public static Dataset<Row> statuses(SparkSession spark, List<CouncilStatus> statuses) {
    return spark.createDataFrame(statuses.stream()
        .map(s -> RowFactory.create(s.authorityCode(), s.status(), s.note())).toList(), STATUSES);
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
