package uk.breachreport.spark;

import static org.apache.spark.sql.functions.col;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import uk.breachreport.core.compare.SurveyChange;
import uk.breachreport.core.compare.SurveyChange.Survey;
import uk.breachreport.core.normalise.Register;
import uk.breachreport.core.report.ChangeSection;
import uk.breachreport.core.report.CouncilRow;

/**
 * COMPARE ({@code --compare DIR}): {@code tables/change.csv} from this run's tables and those an
 * earlier run wrote in DIR, by {@link SurveyChange}'s rule, and the report's section on the
 * change. Nothing without the option ({@link ChangeSection#NONE}).
 */
final class CompareStep {

  /** What an earlier run's folder must hold. */
  static final List<String> TABLES = List.of("tables/council_rankings.csv", "tables/national_summary.csv");

  private CompareStep() {}

  static ChangeSection run(SparkSession spark, Options options, Tables tables, Register register,
      OutputDir out) throws BreachReportJob.InputException, IOException {
    Configuration conf = spark.sparkContext().hadoopConfiguration();
    if (options.compare().isEmpty()) {
      return ChangeSection.NONE;
    }
    String dir = options.compare().get();
    // council_rankings.csv has no lower_bound column: the league table knows which are "at least".
    Survey now = Survey.read(new StringReader(csv(tables.get("council_rankings"))),
        new StringReader(csv(tables.get("national_summary")))).withLowerBounds(
            tables.league().stream().filter(CouncilRow::lowerBound).map(CouncilRow::code)
                .collect(Collectors.toSet()));
    Survey earlier;
    try (Reader rankings = open(dir, TABLES.get(0), conf); Reader national = open(dir, TABLES.get(1), conf)) {
      earlier = Survey.read(rankings, national).withLowerBounds(lowerBounds(spark, dir, conf));
    } catch (IOException | UncheckedIOException | IllegalArgumentException e) {
      throw new BreachReportJob.InputException("cannot read the earlier survey in " + dir + ": " + e.getMessage(), e);
    }
    List<SurveyChange.Change> changes = SurveyChange.compare(now, earlier, register);
    List<Row> rows = changes.stream().map(c -> RowFactory.create(c.values().toArray())).toList();
    out.writeText("tables/change.csv", CsvText.of(SurveyChange.COLUMNS, rows));
    return ChangeSection.of(changes);
  }

  /**
   * The councils whose figure was "at least" in the earlier run: its {@code responses/} says so,
   * its council_rankings.csv does not. An earlier folder with tables only has none known.
   */
  private static Set<String> lowerBounds(SparkSession spark, String dir, Configuration conf)
      throws IOException {
    Path responses = new Path(dir, "responses");
    if (!responses.getFileSystem(conf).exists(responses)) {
      return Set.of();
    }
    return Set.copyOf(spark.read().parquet(responses.toString()).where(col("lower_bound"))
        .select("authority_code").as(Encoders.STRING()).collectAsList());
  }

  private static String csv(Tables.Table t) {
    return CsvText.of(t.columns(), t.rows());
  }

  private static Reader open(String dir, String table, Configuration conf) throws IOException {
    Path path = new Path(dir, table);
    return new InputStreamReader(path.getFileSystem(conf).open(path), StandardCharsets.UTF_8);
  }
}
