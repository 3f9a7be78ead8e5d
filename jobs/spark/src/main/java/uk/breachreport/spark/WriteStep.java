package uk.breachreport.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.udf;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Future;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.types.DataTypes;
import uk.breachreport.core.report.Responses;
import uk.breachreport.core.report.SpreadsheetSafe;
import uk.breachreport.spark.schema.Views;

/**
 * WRITE: the dataset SPEC promises ({@code incidents/}, {@code responses/}) and {@code rejects/},
 * every row left out with its reason and raw value, written beside AGGREGATE and RENDER.
 */
final class WriteStep {

  /** Core's one rule for text a spreadsheet would run as a formula, applied to each value. */
  static final class SafeText implements UDF1<String, String> {
    @Override
    public String call(String value) {
      return SpreadsheetSafe.text(value);
    }
  }

  private static final UserDefinedFunction SAFE = udf(new SafeText(), DataTypes.StringType);

  private WriteStep() {}

  /**
   * Outputs written on driver threads while the caller goes on: nothing after reads them, and
   * their jobs (a few tasks each, mostly planning on the driver) fill the cores that aggregating
   * and rendering on the driver leave idle. {@link #await} before the output is committed.
   */
  static final class Background implements AutoCloseable {
    private final SparkSession spark;
    private final SideBySide side = new SideBySide();
    private final List<Future<?>> writes = new ArrayList<>();

    Background(SparkSession spark) {
      this.spark = spark;
    }

    void write(String what, Runnable write) {
      writes.add(side.run(() -> {
        spark.sparkContext().setJobGroup("WRITE", "WRITE " + what, false);
        write.run();
      }));
    }

    /** Every write finished; the first failure rethrown. */
    void await() {
      writes.forEach(SideBySide::result);
    }

    @Override
    public void close() {
      side.close();
    }
  }

  /** {@code count}: how many there are, known from NORMALISE. */
  static void incidents(Dataset<Row> incidents, long count, OutputDir out) {
    NormaliseStep.inSourceOrder(incidents, count).write().mode(SaveMode.Overwrite)
        .parquet(out.path("incidents"));
  }

  /** One row per register authority, as AGGREGATE found it. */
  static void responses(SparkSession spark, List<Responses.Response> responses, OutputDir out) {
    Views.responses(spark, responses).write().mode(SaveMode.Overwrite)
        .parquet(out.path("responses"));
  }

  /** Rejected files, rejected rows, excluded and held records, with their reasons and raw values. */
  static void rejects(IngestStep.Result ingested, Dataset<Row> files, ReviewStep.Figures figures,
      OutputDir out) {
    Dataset<Row> rejectedFiles = files.where(col("outcome").equalTo("REJECTED"))
        .select(col("file"), lit(null).cast("string").as("sheet"), lit(0).as("row"),
            col("authority_code"), lit("FILE").as("kind"), col("reason"),
            lit(null).cast("string").as("raw"));
    Dataset<Row> all = rejectedFiles
        .unionByName(rows(ingested.rejects(), "ROW"))
        .unionByName(rows(figures.excluded(), "EXCLUDED"))
        .unionByName(rows(figures.held(), "HELD"));
    // Council text is published: neutralise what a spreadsheet would run as a formula.
    for (String text : List.of("file", "sheet", "reason", "raw")) {
      all = all.withColumn(text, SAFE.apply(col(text)));
    }
    // One sorted CSV file is what an analyst opens: gathered into one partition and sorted there,
    // with no sampling job and no shuffle for a global sort.
    all.coalesce(1).sortWithinPartitions("file", "sheet", "row", "kind").write()
        .mode(SaveMode.Overwrite).option("header", true).csv(out.path("rejects"));
  }

  private static Dataset<Row> rows(Dataset<Row> rows, String kind) {
    return rows.select(col("file"), col("sheet"), col("row"), col("authority_code"),
        lit(kind).as("kind"), col("reason"), col("raw"));
  }
}
