package uk.breachreport.spark;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import uk.breachreport.core.model.Category;
import uk.breachreport.core.model.FileOutcome;
import uk.breachreport.core.model.Issue;
import uk.breachreport.core.quality.CorrectionsReport;
import uk.breachreport.core.quality.FileSummary;
import uk.breachreport.core.quality.HeldCouncil;
import uk.breachreport.core.quality.QualityReport;
import uk.breachreport.spark.schema.Rows;
import uk.breachreport.spark.schema.Rows.FileRecords;

/**
 * QUALITY: the few counts {@code quality.json} needs, from the figures already aggregated and one
 * query ({@code quality_counts.sql}); the reconciliation itself is core's ({@link QualityReport}).
 * Expects the views {@code excluded}, {@code held} and {@code rejects}.
 */
final class QualityStep {

  private QualityStep() {}

  /** {@code files}: the files view's rows, in file order. */
  static QualityReport run(SparkSession spark, List<Row> files, IncidentFigures figures,
      List<Issue> warnings, RunInputs inputs, List<String> manifestProblems,
      List<HeldCouncil> held, CorrectionsReport corrections) {
    Map<String, Map<String, Long>> counts = new HashMap<>();
    Sql.run(spark, "quality_counts").collectAsList().forEach(r -> counts
        .computeIfAbsent(r.getString(0), k -> new LinkedHashMap<>()).put(r.getString(1), r.getLong(2)));
    Map<String, Long> records = figures.recordsByFile();
    Map<String, Long> excluded = counts.getOrDefault("excluded_by_file", Map.of());
    Map<String, Long> heldRecords = counts.getOrDefault("held_by_file", Map.of());
    Function<String, FileRecords> of = file -> new FileRecords(
        records.getOrDefault(file, 0L), excluded.getOrDefault(file, 0L),
        heldRecords.getOrDefault(file, 0L));
    List<FileSummary> summaries = new ArrayList<>();
    files.forEach(f -> summaries.add(Rows.fileSummary(f, of.apply(f.getAs("file")))));
    control(inputs.manifestFile(), FileOutcome.MANIFEST, of).ifPresent(summaries::add);
    control(inputs.correctionsFile(), FileOutcome.CORRECTIONS, of).ifPresent(summaries::add);
    long unmatched = figures.family("category").stream()
        .filter(r -> r.getAs("category").equals(Category.OTHER.name()))
        .mapToLong(r -> r.<Long>getAs("records")).sum();
    // By stable code: the message (with its date or line) is in rejects/, row by row.
    return QualityReport.build(summaries, counts.getOrDefault("rejected_by_reason", Map.of()),
        counts.getOrDefault("excluded_by_code", Map.of()), warnings, unmatched, manifestProblems,
        held, corrections);
  }

  /** The manifest or corrections.csv, which gives records only when it sets a council's total. */
  private static Optional<FileSummary> control(Optional<InputFile> file, FileOutcome outcome,
      Function<String, FileRecords> records) {
    return file.map(f -> Rows.controlSummary(f.relative(), outcome.name(),
        records.apply(f.relative())));
  }
}
