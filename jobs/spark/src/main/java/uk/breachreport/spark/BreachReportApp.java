package uk.breachreport.spark;

import java.time.Clock;
import java.util.Optional;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;

/**
 * The application's entry point, for spark-submit or {@code scripts/run}. Exit codes: 0 report
 * produced (rejected files are data, not failures), 2 usage error (a period no register covers, or
 * unusable reference data, too), 3 input unreadable, 4 output
 * unwritable, 1 anything else.
 */
public final class BreachReportApp {

  static final int OK = 0;
  static final int FAILED = 1;
  static final int USAGE = 2;
  static final int BAD_INPUT = 3;
  static final int BAD_OUTPUT = 4;

  private static final String SHUFFLE_PARTITIONS = "spark.sql.shuffle.partitions";

  private BreachReportApp() {}

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /**
   * Defaults for a job whose data is small (a survey is megabytes), each unless the user set it:
   * Spark's 200 shuffle partitions meant 200 shuffle files per map task for each of the job's
   * ~100 small queries (docs/profile.md).
   */
  private static void smallDataDefaults(SparkSession.Builder builder) {
    if (!new SparkConf().contains(SHUFFLE_PARTITIONS)) {
      builder.config(SHUFFLE_PARTITIONS, "8");
    }
  }

  static int run(String[] args) {
    Optional<Options> parsed;
    try {
      parsed = Options.parse(args);
    } catch (Options.UsageException e) {
      System.err.println("breach-report: " + e.getMessage());
      return USAGE;
    }
    if (parsed.isEmpty()) {
      System.out.println(Options.USAGE);
      return OK;
    }
    Options options = parsed.get();
    SparkSession.Builder builder = SparkSession.builder().appName("breach-report");
    options.master().ifPresent(builder::master);
    smallDataDefaults(builder);
    SparkSession spark = builder.getOrCreate();
    try {
      BreachReportJob.run(spark, options, Clock.systemDefaultZone());
      return OK;
    } catch (BreachReportJob.InputException e) {
      System.err.println("breach-report: " + e.getMessage());
      return BAD_INPUT;
    } catch (BreachReportJob.ReferenceException e) {
      System.err.println("breach-report: " + e.getMessage());
      return USAGE;
    } catch (BreachReportJob.OutputException e) {
      System.err.println("breach-report: " + e.getMessage());
      return BAD_OUTPUT;
    } catch (Exception e) {
      System.err.println("breach-report: failed: " + e);
      e.printStackTrace();
      return FAILED;
    } finally {
      spark.stop();
    }
  }
}
