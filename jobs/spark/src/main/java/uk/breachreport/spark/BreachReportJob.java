package uk.breachreport.spark;

import java.io.IOException;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import uk.breachreport.core.answer.AnswerParser;
import uk.breachreport.core.model.Issue;
import uk.breachreport.core.normalise.IncidentNormaliser;
import uk.breachreport.core.quality.ManifestCheck;
import uk.breachreport.core.quality.QualityJson;
import uk.breachreport.core.quality.QualityReport;
import uk.breachreport.core.report.ChangeSection;
import uk.breachreport.core.report.Responses;
import uk.breachreport.core.text.Utf8Order;
import uk.breachreport.spark.schema.Rows;

/** The whole run: ingest, normalise, aggregate, render, then the output swapped in atomically. */
public final class BreachReportJob {

  /** Why a run could not start; the message is the one line the user sees. */
  public static final class InputException extends Exception {
    InputException(String message, Throwable cause) {
      super(message, cause);
    }
  }

  /**
   * The reference data cannot serve the run: no register covers {@code --period}, or a file of
   * {@code --reference} is missing or malformed. A usage error: the user chose the period or folder.
   */
  public static final class ReferenceException extends Exception {
    ReferenceException(String message, Throwable cause) {
      super(message, cause);
    }
  }

  /** The output cannot be written. */
  public static final class OutputException extends Exception {
    OutputException(String message, Throwable cause) {
      super(message, cause);
    }
  }

  private BreachReportJob() {}

  /** {@code clock} dates the report ("Published ..."): passed in so a run can be reproduced. */
  public static void run(SparkSession spark, Options options, Clock clock)
      throws InputException, OutputException, ReferenceException, IOException {
    Configuration conf = spark.sparkContext().hadoopConfiguration();
    List<InputFile> listed;
    try {
      listed = InputFile.list(options.input(), conf);
    } catch (IOException | IllegalArgumentException e) {
      throw new InputException("cannot read input " + options.input() + ": " + e.getMessage(), e);
    }
    OutputDir out;
    try {
      out = OutputDir.open(options.output(), conf);
    } catch (IOException | IllegalArgumentException e) {
      throw new OutputException("cannot write output " + options.output() + ": " + e.getMessage(), e);
    }
    RunInputs in = RunInputs.read(options, listed, conf);

    StageClock stages = new StageClock();
    IngestStep.Result read = IngestStep.run(spark, in.answers(), in.manifest(),
        new AnswerParser(in.reference().columns(), in.reference().statuses(),
            in.reference().resolver(), in.reference().evidence()),
        new IncidentNormaliser(in.reference().register(), in.reference().taxonomy(),
            options.period()), in.corrections());
    stages.done("INGEST", read.files().count() + " files");
    ReviewStep review = new ReviewStep(spark, in.corrections());
    IngestStep.Result ingested = review.readOnce(read);
    NormaliseStep.Result normalised = NormaliseStep.run(ingested.records());
    ReviewStep.Figures figures = review.review(normalised, ingested.issues(),
        in.reference().register(), in.plausibility(), in.correctionsSha256()).persisted();
    figures.incidents().createOrReplaceTempView("incidents");
    figures.excluded().createOrReplaceTempView("excluded");
    figures.held().createOrReplaceTempView("held");
    ingested.rejects().createOrReplaceTempView("rejects");
    Dataset<Row> files = review.files(read.files()).persist(StorageLevel.MEMORY_AND_DISK());
    long counted = figures.incidents().count();
    stages.done("NORMALISE", counted + " records, "
        + figures.heldCouncils().size() + " council(s) held for review");
    // One row per file, read by quality.json, summary.json and the factsheets.
    List<Row> fileRows = files.collectAsList().stream()
        .sorted(Comparator.comparing(r -> r.<String>getAs("file"), Utf8Order.INSTANCE)).toList();
    ManifestCheck manifest = ManifestCheck.of(in.manifest(), in.reference().resolver(),
        in.answers().stream().map(InputFile::relative).collect(Collectors.toSet()));

    // The records and rejects are written beside the steps that follow; nothing reads them back.
    try (WriteStep.Background writes = new WriteStep.Background(spark)) {
      writes.write("records", () -> WriteStep.incidents(figures.incidents(), counted, out));
      writes.write("rejects", () -> WriteStep.rejects(ingested, files, figures, out));
      Tables tables = AggregateStep.run(spark, new Responses.Facts(
          in.reference().register().all(), fileRows.stream().map(Rows::responseFile).toList(),
          manifest.statuses(), figures.heldCouncils(), figures.statusCorrections()));
      writes.write("responses", () -> WriteStep.responses(spark, tables.responses(), out));
      for (Tables.Table t : tables.byName().values()) {
        out.writeText("tables/" + t.name() + ".csv", CsvText.of(t.columns(), t.rows()));
      }
      ChangeSection change = CompareStep.run(spark, options, tables, in.reference().register(),
          out);
      List<Issue> warnings = normalised.warnings().union(ingested.issues()).collectAsList()
          .stream().map(Rows::issue).sorted(Issue.BY_SOURCE).toList();
      QualityReport quality = PeriodNotes.addTo(QualityStep.run(spark, fileRows, tables.figures(),
          warnings, in, manifest.problems(), figures.heldCouncils(), review.correctionsReport()),
          in.reference().register(), fileRows);
      out.writeText("quality.json", QualityJson.write(quality));
      out.writeText("summary.json",
          QualityJson.write(RunSummary.of(options, listed.size(), fileRows, tables)));
      stages.done("AGGREGATE", "tables and quality");
      RenderStep.run(spark, options, clock, tables, fileRows, quality, change, out);
      stages.done("RENDER", "report");
      writes.await();
      stages.done("WRITE", "records, responses and rejects, finished beside the steps before");
    }
    out.commit();
    System.err.println("breach-report: done in " + stages + "; output in " + options.output());
  }
}
