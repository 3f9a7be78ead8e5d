package uk.breachreport.spark;

import com.holdenkarau.spark.testing.JavaDataFrameSuiteBase;
import org.apache.spark.SparkConf;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;

/**
 * spark-testing-base under JUnit Jupiter: its JUnit 4 lifecycle is called by hand, Hive is off,
 * and a test's few hundred rows get two shuffle partitions, not two hundred.
 */
abstract class SparkTestBase extends JavaDataFrameSuiteBase {

  @Override
  public boolean enableHiveSupport() {
    return false;
  }

  @Override
  public SparkConf conf() {
    return super.conf().set("spark.sql.shuffle.partitions", "2");
  }

  @BeforeEach
  void startSpark() {
    runBefore();
  }

  @AfterAll
  static void stopSpark() {
    JavaDataFrameSuiteBase.runAfterClass();
  }
}
