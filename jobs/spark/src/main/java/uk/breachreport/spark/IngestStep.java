package uk.breachreport.spark;

import static org.apache.spark.sql.functions.col;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import uk.breachreport.core.answer.AnswerParser;
import uk.breachreport.core.ingest.IngestLimits;
import uk.breachreport.core.ingest.Manifest;
import uk.breachreport.core.model.FileResult;
import uk.breachreport.core.normalise.IncidentNormaliser;
import uk.breachreport.core.quality.Corrections;
import uk.breachreport.spark.schema.IngestRows;
import uk.breachreport.spark.schema.IngestSchema;

/**
 * INGEST: every input file read, parsed and its records normalised on the executors into
 * {@link IngestSchema} rows, kept
 * for the steps after it; {@link Result} gives them as four views.
 */
final class IngestStep {

  /**
   * One row per file ({@code files}), records normalised where they were read ({@code records}:
   * the file, then {@link uk.breachreport.spark.schema.IncidentSchema#NORMALISED}'s columns),
   * rejected rows and warnings.
   */
  record Result(Dataset<Row> files, Dataset<Row> records, Dataset<Row> rejects,
      Dataset<Row> issues) {}

  private static final String COMPRESSED = "spark.sql.inMemoryColumnarStorage.compressed";
  /** An answer this large is a long log: its cached rows are compressed to fit the heap. */
  static final long LARGE_ANSWER_BYTES = 8L << 20;

  private IngestStep() {}

  /** Each file read, parsed and its records normalised in one pass, where the file is read. */
  static Result run(SparkSession spark, List<InputFile> files, Manifest manifest,
      AnswerParser parser, IncidentNormaliser normaliser, Corrections corrections) {
    spark.sparkContext().setJobGroup("INGEST", "INGEST " + files.size() + " files", false);
    // The driver deals the files into slices itself: no shuffle of the file list, and a few
    // balanced partitions rather than one per file keep every later query to a few tasks.
    List<List<InputFile>> slices = Slices.of(files, spark.sparkContext().defaultParallelism());
    JavaSparkContext context = JavaSparkContext.fromSparkContext(spark.sparkContext());
    // Broadcast: read once per executor JVM. In the task closure the parser's rules (hundreds of
    // regular expressions, the register) were deserialised, so recompiled, by every task.
    JavaRDD<Row> rows = context
        .parallelize(slices, slices.size())
        .flatMap(new ParseFiles(context.broadcast(parser), context.broadcast(manifest),
            new NormaliseStep.Records(context.broadcast(normaliser), context.broadcast(corrections)),
            new HadoopConf(spark.sparkContext().hadoopConfiguration())));
    // Compressing the cached rows, column by column, was a tenth of the parse stage's CPU on a
    // survey of small answers, which fit in memory anyway; a log of a million rows needs it to
    // run in a 1 GiB heap (docs/profile.md). Unless the user chose.
    if (!spark.sparkContext().getConf().contains(COMPRESSED)) {
      spark.conf().set(COMPRESSED,
          files.stream().anyMatch(f -> f.size() > LARGE_ANSWER_BYTES));
    }
    Dataset<Row> all = spark.createDataFrame(rows, IngestSchema.SCHEMA)
        .persist(StorageLevel.MEMORY_AND_DISK());
    return new Result(
        of(all, IngestSchema.FILE, columns(IngestSchema.FILE_COLUMNS.fieldNames())),
        of(all, IngestSchema.RECORD, columns("file", "record.*")),
        of(all, IngestSchema.REJECT, columns("file", "authority_code", "reject.*")),
        of(all, IngestSchema.ISSUE, columns("issue.*")));
  }

  private static Dataset<Row> of(Dataset<Row> all, String kind, Column... columns) {
    return all.where(col("kind").equalTo(kind)).select(columns);
  }

  private static Column[] columns(String... names) {
    return Arrays.stream(names).map(org.apache.spark.sql.functions::col).toArray(Column[]::new);
  }

  /**
   * Reads each file of a slice where the task runs, parses it and normalises its records; a bad
   * file is a FILE row with its reason, not a crash. Rows are made as Spark consumes them, one
   * file at a time.
   */
  static final class ParseFiles implements FlatMapFunction<List<InputFile>, Row> {
    private static final long serialVersionUID = 1L;
    private final Broadcast<AnswerParser> parser;
    private final Broadcast<Manifest> manifest;
    private final NormaliseStep.Records records;
    private final HadoopConf conf;

    ParseFiles(Broadcast<AnswerParser> parser, Broadcast<Manifest> manifest,
        NormaliseStep.Records records, HadoopConf conf) {
      this.parser = parser;
      this.manifest = manifest;
      this.records = records;
      this.conf = conf;
    }

    @Override
    public Iterator<Row> call(List<InputFile> slice) {
      Configuration hadoop = conf.get();
      Iterator<InputFile> files = slice.iterator();
      return new Iterator<>() {
        private Iterator<FileResult> results = Collections.emptyIterator();
        private Iterator<Row> current = Collections.emptyIterator();

        // Not Stream.flatMap: its iterator() pushes each result's whole stream into a buffer, so
        // a million-row workbook's rows were all made, and held, before the first was taken.
        @Override
        public boolean hasNext() {
          while (!current.hasNext()) {
            if (results.hasNext()) {
              current = IngestRows.stream(results.next(), records::normalise).iterator();
            } else if (files.hasNext()) {
              results = parse(files.next(), hadoop).iterator();
            } else {
              return false;
            }
          }
          return true;
        }

        @Override
        public Row next() {
          hasNext();
          return current.next();
        }
      };
    }

    /** One result per answer: an email or a zip gives one per part, each named with lineage. */
    private List<FileResult> parse(InputFile file, Configuration hadoop) {
      if (file.size() > IngestLimits.DEFAULT.maxFileBytes()) {
        // Past 2 GiB readAllBytes cannot even hold it: an OutOfMemoryError, not a reject.
        return List.of(AnswerParser.tooLarge(file.relative(), file.size()));
      }
      try (InputStream in = file.open(hadoop)) {
        return parser.value().parseAll(file.relative(), in.readAllBytes(),
            manifest.value().forFile(file.relative()));
      } catch (IOException e) {
        return List.of(AnswerParser.unreadable(file.relative(), e.toString()));
      }
    }
  }
}
