package uk.breachreport.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.udf;

import java.util.List;
import java.util.concurrent.Future;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.types.DataTypes;
import uk.breachreport.core.report.SpreadsheetSafe;

/**
 * WRITE: the dataset SPEC promises ({@code incidents/}, {@code responses/}) and {@code rejects/},
 * every row left out with its reason and raw value.
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

  /** The three outputs side by side: each is a job of few tasks, mostly planning on the driver. */
  static void all(SparkSession spark, IngestStep.Result ingested, Dataset<Row> files,
      ReviewStep.Figures figures, OutputDir out) {
    spark.sparkContext().setJobGroup("WRITE", "WRITE dataset and rejects", false);
    try (SideBySide side = new SideBySide()) {
      List<Future<?>> writes = List.of(
          side.run(() -> incidents(figures.incidents(), out)),
          side.run(() -> responses(spark, out)),
          side.run(() -> rejects(ingested, files, figures, out)));
      writes.forEach(SideBySide::result);
    }
  }

  static void incidents(Dataset<Row> incidents, OutputDir out) {
    NormaliseStep.inSourceOrder(incidents).write().mode(SaveMode.Overwrite)
        .parquet(out.path("incidents"));
  }

  /**
   * One row per register authority ({@code responses.sql}), written and kept as the view
   * {@code responses}: cached, so the queries that follow do not plan it again from the files.
   */
  static void responses(SparkSession spark, OutputDir out) {
    Dataset<Row> responses = Sql.run(spark, "responses").cache();
    responses.write().mode(SaveMode.Overwrite).parquet(out.path("responses"));
    responses.createOrReplaceTempView("responses");
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
