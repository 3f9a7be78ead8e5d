package uk.breachreport.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.lit;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Collectors;
import org.apache.commons.codec.digest.DigestUtils;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import uk.breachreport.core.ingest.AnswerParser;
import uk.breachreport.core.ingest.Manifest;
import uk.breachreport.core.model.Authority;
import uk.breachreport.core.model.Issue;
import uk.breachreport.core.model.ManifestEntry;
import uk.breachreport.core.model.SourceRef;
import uk.breachreport.core.normalise.IncidentNormaliser;
import uk.breachreport.core.normalise.Resolution;
import uk.breachreport.core.quality.Corrections;
import uk.breachreport.core.quality.FileSummary;
import uk.breachreport.core.quality.Plausibility;
import uk.breachreport.core.quality.QualityReport;
import uk.breachreport.core.ReferenceData;
import uk.breachreport.core.reference.ReferenceSource;

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

  private static final ObjectMapper JSON = new ObjectMapper()
      .enable(SerializationFeature.INDENT_OUTPUT);

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
    ReferenceData reference;
    Plausibility plausibility;
    try (Reader thresholds = referenceSource(options, conf).open("plausibility.csv")) {
      reference = ReferenceData.load(referenceSource(options, conf), options.period());
      plausibility = Plausibility.load(thresholds);
    } catch (IOException | UncheckedIOException | IllegalArgumentException e) {
      throw new ReferenceException("reference data: " + e.getMessage(), e);
    }
    Optional<InputFile> manifestFile = atRoot(listed, Manifest.FILE_NAME);
    Manifest manifest = manifestFile.isPresent() ? readManifest(manifestFile.get(), conf) : Manifest.EMPTY;
    Optional<InputFile> correctionsFile = atRoot(listed, Corrections.FILE_NAME);
    byte[] correctionsBytes = correctionsFile.isPresent()
        ? readBytes(correctionsFile.get(), conf) : new byte[0];
    Corrections corrections = correctionsFile.isPresent() ? Corrections.load(new InputStreamReader(
        new ByteArrayInputStream(correctionsBytes), StandardCharsets.UTF_8), reference.resolver())
        : Corrections.NONE;
    List<InputFile> answers = listed.stream()
        .filter(f -> manifestFile.map(m -> m != f).orElse(true))
        .filter(f -> correctionsFile.map(m -> m != f).orElse(true)).toList();

    StageClock stages = new StageClock();
    IngestStep.Result read = IngestStep.run(spark, answers, manifest,
        new AnswerParser(reference.columns(), reference.statuses(), reference.resolver(),
            reference.evidence()));
    stages.done("INGEST", read.files().count() + " files");
    ReviewStep review = new ReviewStep(spark, corrections);
    IngestStep.Result ingested = review.readOnce(read);

    NormaliseStep.Result normalised = NormaliseStep.run(ingested.records(),
        new IncidentNormaliser(reference.register(), reference.taxonomy(), options.period()),
        corrections);
    ReviewStep.Figures figures = review.review(normalised, reference.register(), plausibility,
        DigestUtils.sha256Hex(correctionsBytes));
    figures.incidents().createOrReplaceTempView("incidents");
    Dataset<Row> files = review.files(read.files());
    files.createOrReplaceTempView("files");
    stages.done("NORMALISE", figures.incidents().count() + " records, "
        + figures.heldCouncils().size() + " council(s) held for review");
    registerView(spark, reference).createOrReplaceTempView("register");
    List<String> manifestProblems = new ArrayList<>();
    manifestStatuses(spark, manifest, reference, manifestProblems)
        .createOrReplaceTempView("manifest_statuses");
    manifest.missing(answers.stream().map(InputFile::relative).collect(Collectors.toSet()))
        .forEach(e -> manifestProblems.add("manifest.csv line " + e.line() + ": file '" + e.file()
            + "' is not in the input"));

    NormaliseStep.inSourceOrder(figures.incidents()).write().mode(SaveMode.Overwrite)
        .parquet(out.path("incidents"));
    Dataset<Row> responses = Sql.run(spark, "responses");
    responses.write().mode(SaveMode.Overwrite).parquet(out.path("responses"));
    spark.read().parquet(out.path("responses")).createOrReplaceTempView("responses");
    writeRejects(ingested, files, figures, out);

    stages.done("WRITE", "dataset and rejects");
    Tables tables = AggregateStep.run(spark);
    for (Tables.Table t : tables.byName().values()) {
      out.writeText("tables/" + t.name() + ".csv", CsvText.of(t.columns(), t.rows()));
    }
    CompareStep.run(options, tables, reference.register(), conf, out);
    List<Issue> warnings = normalised.warnings().union(ingested.issues())
        .orderBy("file", "sheet", "row", "code").collectAsList().stream()
        .map(BreachReportJob::issue).toList();
    Map<String, Object> quality = quality(spark, ingested, files, figures, warnings,
        List.of(manifestFile, correctionsFile), manifestProblems, review.correctionsReport());
    PeriodNotes.addTo(quality, reference.register(), files);
    out.writeText("quality.json", JSON.writeValueAsString(quality));
    out.writeText("summary.json", JSON.writeValueAsString(summary(options, listed, files, tables)));
    stages.done("AGGREGATE", "tables and quality");
    RenderStep.run(spark, options, clock, tables, quality, out);
    stages.done("RENDER", "report");
    out.commit();
    System.err.println("breach-report: done in " + stages + "; output in " + options.output());
  }

  private static ReferenceSource referenceSource(Options options, Configuration conf) {
    if (options.reference().isPresent()) {
      Path dir = new Path(options.reference().get());
      return name -> {
        Path file = new Path(dir, name);
        return new InputStreamReader(file.getFileSystem(conf).open(file), StandardCharsets.UTF_8);
      };
    }
    return name -> {
      InputStream in = BreachReportJob.class.getResourceAsStream("/reference/" + name);
      if (in == null) {
        throw new IOException("reference file " + name + " is not in the application jar");
      }
      return new InputStreamReader(in, StandardCharsets.UTF_8);
    };
  }

  private static Optional<InputFile> atRoot(List<InputFile> listed, String name) {
    return listed.stream().filter(f -> f.relative().equals(name)).findFirst();
  }

  private static byte[] readBytes(InputFile file, Configuration conf) throws InputException {
    try (InputStream in = file.open(conf)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new InputException("cannot read " + file.relative() + ": " + e.getMessage(), e);
    }
  }

  private static Manifest readManifest(InputFile file, Configuration conf) throws InputException {
    try (Reader reader = new InputStreamReader(file.open(conf), StandardCharsets.UTF_8)) {
      return Manifest.load(reader);
    } catch (IOException | IllegalArgumentException e) {
      throw new InputException("bad " + Manifest.FILE_NAME + ": " + e.getMessage(), e);
    }
  }
  private static Dataset<Row> registerView(SparkSession spark, ReferenceData reference) {
    StructType schema = new StructType()
        .add("code", DataTypes.StringType, false)
        .add("name", DataTypes.StringType, false)
        .add("type", DataTypes.StringType)
        .add("nation", DataTypes.StringType)
        .add("region", DataTypes.StringType)
        .add("population", DataTypes.LongType);
    List<Row> rows = reference.register().all().stream()
        .map(a -> RowFactory.create(a.code(), a.name(), a.type(), a.nation(), a.region(),
            a.population()))
        .toList();
    return spark.createDataFrame(rows, schema);
  }

  /** Manifest lines for requests with no file: the council's status as the analyst knows it. */
  private static Dataset<Row> manifestStatuses(SparkSession spark, Manifest manifest,
      ReferenceData reference, List<String> problems) {
    List<Row> rows = new ArrayList<>();
    for (ManifestEntry e : manifest.withoutFile()) {
      Resolution council = reference.resolver().resolve(e.authority());
      Optional<Authority> authority = council.resolved();
      if (authority.isEmpty() || e.status() == null) {
        problems.add("manifest.csv line " + e.line() + ": " + (authority.isEmpty()
            ? council.reason() : "a line with no file needs a status"));
        continue;
      }
      rows.add(RowFactory.create(authority.get().code(), e.status().name(), e.note()));
    }
    StructType schema = new StructType()
        .add("authority_code", DataTypes.StringType)
        .add("status", DataTypes.StringType)
        .add("note", DataTypes.StringType);
    return spark.createDataFrame(rows, schema);
  }

  /** Rejected files, rejected rows, excluded and held records, with their reasons and raw values. */
  private static void writeRejects(IngestStep.Result ingested, Dataset<Row> files,
      ReviewStep.Figures figures, OutputDir out) {
    Dataset<Row> rejectedFiles = files.where(col("outcome").equalTo("REJECTED"))
        .select(col("file"), lit(null).cast("string").as("sheet"), lit(0).as("row"),
            col("authority_code"), lit("FILE").as("kind"), col("reason"),
            lit(null).cast("string").as("raw"));
    Dataset<Row> rejectedRows = ingested.rejects().select(col("file"), col("sheet"), col("row"),
        col("authority_code"), lit("ROW").as("kind"), col("reason"), col("raw"));
    Dataset<Row> excludedRows = figures.excluded().select(col("file"), col("sheet"), col("row"),
        col("authority_code"), lit("EXCLUDED").as("kind"), col("reason"), col("raw"));
    Dataset<Row> heldRows = figures.held().select(col("file"), col("sheet"), col("row"),
        col("authority_code"), lit("HELD").as("kind"), col("reason"), col("raw"));
    Dataset<Row> all = rejectedFiles.unionByName(rejectedRows).unionByName(excludedRows)
        .unionByName(heldRows);
    // Council text is published: neutralise what a spreadsheet would run as a formula.
    for (String text : List.of("file", "sheet", "reason", "raw")) {
      all = all.withColumn(text, expr("CASE WHEN " + text + " RLIKE '^[-=+@\\t\\r]' THEN concat(\"'\", "
          + text + ") ELSE " + text + " END"));
    }
    // Few rows: one sorted CSV file is what an analyst opens.
    all.orderBy("file", "sheet", "row", "kind").coalesce(1).write().mode(SaveMode.Overwrite)
        .option("header", true).csv(out.path("rejects"));
  }

  private static Map<String, Object> quality(SparkSession spark, IngestStep.Result ingested,
      Dataset<Row> files, ReviewStep.Figures figures, List<Issue> warnings,
      List<Optional<InputFile>> controlFiles, List<String> manifestProblems,
      Map<String, Object> corrections) {
    Map<String, Long> records = counts(spark.sql(
        "SELECT source_file, count(*) FROM incidents GROUP BY source_file"));
    Map<String, Long> excludedByFile = counts(figures.excluded().groupBy("file").count());
    Map<String, Long> heldByFile = counts(figures.held().groupBy("file").count());
    List<FileSummary> summaries = new ArrayList<>();
    for (Row f : files.select("file", "authority_code", "outcome", "layout", "reason",
        "data_rows", "rejected_rows", "totals_rows", "note_rows", "repeats", "evidence")
        .orderBy("file").collectAsList()) {
      String file = f.getString(0);
      summaries.add(new FileSummary(file, f.getString(1), f.getString(2), f.getString(3),
          f.getString(4), f.getInt(5), f.getInt(6), f.getInt(7), f.getInt(8),
          records.getOrDefault(file, 0L), excludedByFile.getOrDefault(file, 0L),
          heldByFile.getOrDefault(file, 0L), f.getString(9), f.getString(10)));
    }
    for (Optional<InputFile> control : controlFiles) {
      control.ifPresent(m -> summaries.add(new FileSummary(m.relative(), null,
          m.relative().equals(Manifest.FILE_NAME) ? "MANIFEST" : "CORRECTIONS", null, null, 0, 0,
          0, 0, records.getOrDefault(m.relative(), 0L), 0, 0, null, null)));
    }
    Map<String, Long> rejectsByReason = counts(ingested.rejects().groupBy("reason").count());
    // By stable code: the message (with its date or line) is in rejects/, row by row.
    Map<String, Long> excludedByReason = counts(figures.excluded().groupBy("code").count());
    long unmatched = spark.sql("SELECT count(*) FROM incidents WHERE category = 'OTHER'")
        .first().getLong(0);
    return QualityReport.build(summaries, rejectsByReason, excludedByReason, warnings, unmatched,
        manifestProblems, figures.heldCouncils(), corrections);
  }

  private static Map<String, Long> counts(Dataset<Row> keyCount) {
    Map<String, Long> m = new LinkedHashMap<>();
    keyCount.collectAsList().forEach(r -> m.put(r.getString(0), r.getLong(1)));
    return m;
  }

  private static Map<String, Object> summary(Options options, List<InputFile> listed,
      Dataset<Row> files, Tables tables) {
    List<Map<String, Object>> checksums = new ArrayList<>();
    files.select("file", "sha256", "size").orderBy("file").collectAsList().forEach(r -> {
      Map<String, Object> f = new LinkedHashMap<>();
      f.put("file", r.getString(0));
      f.put("sha256", r.getString(1));
      f.put("size", r.getLong(2));
      checksums.add(f);
    });
    Map<String, Object> run = new LinkedHashMap<>();
    run.put("version", version());
    Map<String, Object> period = new LinkedHashMap<>(); // Map.of's order changes between runs
    period.put("from", options.period().from().toString());
    period.put("to", options.period().to().toString());
    run.put("period", period);
    run.put("input", options.input());
    run.put("files_listed", listed.size());
    run.put("files", checksums);
    Map<String, Object> s = new LinkedHashMap<>();
    s.put("headline", tables.headline());
    s.put("run", run);
    return s;
  }

  static String version() {
    Properties p = new Properties();
    try (InputStream in = BreachReportJob.class.getResourceAsStream("/breach-report.properties")) {
      if (in != null) {
        p.load(in);
      }
    } catch (IOException e) {
      return "unknown";
    }
    return p.getProperty("version", "unknown");
  }

  private static Issue issue(Row r) {
    return new Issue(Issue.Severity.valueOf(r.getString(0)), r.getString(1),
        new SourceRef(r.getString(2), r.getString(3), r.getInt(4)), r.getString(5));
  }
}
