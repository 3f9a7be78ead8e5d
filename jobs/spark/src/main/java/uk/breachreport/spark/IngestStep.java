package uk.breachreport.spark;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import uk.breachreport.core.ingest.AnswerParser;
import uk.breachreport.core.ingest.IngestLimits;
import uk.breachreport.core.ingest.Manifest;
import uk.breachreport.spark.schema.FileResultSchema;

/** INGEST: every input file parsed on the executors into one {@link FileResultSchema} row. */
final class IngestStep {

  private static final StructType FILES = new StructType()
      .add("relative", DataTypes.StringType, false)
      .add("path", DataTypes.StringType, false);

  private IngestStep() {}

  static Dataset<Row> run(SparkSession spark, List<InputFile> files, Manifest manifest,
      AnswerParser parser) {
    spark.sparkContext().setJobGroup("INGEST", "INGEST " + files.size() + " files", false);
    List<Row> rows = files.stream().map(f -> RowFactory.create(f.relative(), f.path())).toList();
    // Answers vary from 1 KB to tens of MB: many small slices keep both cores busy to the end.
    int slices = Math.max(1, Math.min(files.size(),
        Math.max(spark.sparkContext().defaultParallelism() * 4, files.size() / 20)));
    // The parsed files are gathered into one partition per core before they are kept: every
    // later query scans them, and with a partition per slice each would pay a task per slice
    // (422 slices at 8,400 files made each of the ~90 queries after the ingest take 10-20 s).
    return spark.createDataFrame(rows, FILES)
        .repartition(slices)
        .mapPartitions(new ParseFiles(parser, manifest,
            new HadoopConf(spark.sparkContext().hadoopConfiguration())),
            Encoders.row(FileResultSchema.SCHEMA))
        .repartition(Math.min(slices, spark.sparkContext().defaultParallelism()))
        .persist(StorageLevel.MEMORY_AND_DISK());
  }

  /** Reads each file's bytes where the task runs and parses them; a bad file is a row, not a crash. */
  static final class ParseFiles implements MapPartitionsFunction<Row, Row> {
    private static final long serialVersionUID = 1L;
    private final AnswerParser parser;
    private final Manifest manifest;
    private final HadoopConf conf;

    ParseFiles(AnswerParser parser, Manifest manifest, HadoopConf conf) {
      this.parser = parser;
      this.manifest = manifest;
      this.conf = conf;
    }

    @Override
    public Iterator<Row> call(Iterator<Row> files) {
      Configuration hadoop = conf.get();
      List<Row> out = new ArrayList<>();
      while (files.hasNext()) {
        Row file = files.next();
        String relative = file.getString(0);
        Path path = new Path(file.getString(1));
        try {
          FileSystem fs = path.getFileSystem(hadoop); // shared and cached: never closed here
          long size = fs.getFileStatus(path).getLen();
          if (size > IngestLimits.DEFAULT.maxFileBytes()) {
            // Past 2 GiB readAllBytes cannot even hold it: an OutOfMemoryError, not a reject.
            out.add(FileResultSchema.toRow(AnswerParser.tooLarge(relative, size)));
            continue;
          }
          byte[] bytes;
          try (InputStream in = fs.open(path)) {
            bytes = in.readAllBytes();
          }
          out.add(FileResultSchema.toRow(parser.parse(relative, bytes, manifest.forFile(relative))));
        } catch (IOException e) {
          out.add(FileResultSchema.toRow(AnswerParser.unreadable(relative, e.toString())));
        }
      }
      return out.iterator();
    }
  }
}
