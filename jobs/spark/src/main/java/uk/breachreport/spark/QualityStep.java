package uk.breachreport.spark;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import uk.breachreport.core.model.FileOutcome;
import uk.breachreport.core.model.Issue;
import uk.breachreport.core.quality.CorrectionsReport;
import uk.breachreport.core.quality.FileSummary;
import uk.breachreport.core.quality.QualityReport;
import uk.breachreport.spark.schema.Rows;

/**
 * QUALITY: the few counts {@code quality.json} needs, collected from the datasets; the
 * reconciliation itself is core's ({@link QualityReport}).
 */
final class QualityStep {

  private QualityStep() {}

  static QualityReport run(SparkSession spark, IngestStep.Result ingested, Dataset<Row> files,
      ReviewStep.Figures figures, List<Issue> warnings, RunInputs inputs,
      List<String> manifestProblems, CorrectionsReport corrections) {
    figures.excluded().createOrReplaceTempView("excluded");
    figures.held().createOrReplaceTempView("held");
    Map<String, Row> counts = new HashMap<>();
    Sql.run(spark, "file_records").collectAsList().forEach(r -> counts.put(r.getString(0), r));
    List<FileSummary> summaries = new ArrayList<>();
    for (Row f : files.orderBy("file").collectAsList()) {
      summaries.add(Rows.fileSummary(f, counts.get(f.<String>getAs("file"))));
    }
    control(inputs.manifestFile(), FileOutcome.MANIFEST, counts).ifPresent(summaries::add);
    control(inputs.correctionsFile(), FileOutcome.CORRECTIONS, counts).ifPresent(summaries::add);
    // By stable code: the message (with its date or line) is in rejects/, row by row.
    return QualityReport.build(summaries,
        Rows.counts(ingested.rejects().groupBy("reason").count()),
        Rows.counts(figures.excluded().groupBy("code").count()), warnings,
        Sql.run(spark, "unmatched_category").first().getLong(0), manifestProblems,
        figures.heldCouncils(), corrections);
  }

  /** The manifest or corrections.csv, which gives records only when it sets a council's total. */
  private static Optional<FileSummary> control(Optional<InputFile> file, FileOutcome outcome,
      Map<String, Row> counts) {
    return file.map(f -> Rows.controlSummary(f.relative(), outcome.name(),
        counts.get(f.relative())));
  }
}
