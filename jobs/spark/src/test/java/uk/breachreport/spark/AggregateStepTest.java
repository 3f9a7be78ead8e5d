package uk.breachreport.spark;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.breachreport.core.model.Action;
import uk.breachreport.core.model.Category;
import uk.breachreport.core.model.DatePrecision;
import uk.breachreport.core.model.Incident;
import uk.breachreport.core.report.Headline;
import uk.breachreport.spark.schema.IncidentSchema;

/** The responses and ranking queries on five made-up councils: ties, nil returns, refusals. */
class AggregateStepTest extends SparkTestBase {

  @BeforeEach
  void views() {
    StructType register = new StructType()
        .add("code", DataTypes.StringType).add("name", DataTypes.StringType)
        .add("type", DataTypes.StringType).add("nation", DataTypes.StringType)
        .add("region", DataTypes.StringType).add("population", DataTypes.LongType);
    spark().createDataFrame(List.of(
        RowFactory.create("A", "Ayton", "District", "England", "North East", 100_000L),
        RowFactory.create("B", "Beeton", "District", "England", "North East", 300_000L),
        RowFactory.create("C", "Ceeton", "Unitary", "Wales", null, 50_000L),
        RowFactory.create("D", "Deeton", "Unitary", "Wales", null, 10_000L),
        RowFactory.create("E", "Eeton", "District", "England", "London", 200_000L)), register)
        .createOrReplaceTempView("register");
    spark().createDataFrame(List.of(
        file("a.csv", "A", "USED", false), file("b.csv", "B", "USED", true),
        file("c.csv", "C", "USED", false), file("d.txt", "D", "NIL_RETURN", false)),
        new StructType().add("file", DataTypes.StringType)
            .add("authority_code", DataTypes.StringType).add("outcome", DataTypes.StringType)
            .add("rejected_rows", DataTypes.IntegerType).add("lower_bound", DataTypes.BooleanType))
        .createOrReplaceTempView("files");
    StructType statuses = new StructType().add("authority_code", DataTypes.StringType)
        .add("status", DataTypes.StringType).add("note", DataTypes.StringType);
    spark().createDataFrame(List.of(RowFactory.create("E", "REFUSED", "by e-mail")), statuses)
        .createOrReplaceTempView("manifest_statuses");
    // No council held for review, no status set by a correction: ReviewStep's views, empty.
    spark().createDataFrame(List.<Row>of(), new StructType()
        .add("authority_code", DataTypes.StringType).add("hold_reason", DataTypes.StringType)
        .add("breaches_held", DataTypes.LongType)).createOrReplaceTempView("holds");
    spark().createDataFrame(List.<Row>of(), statuses).createOrReplaceTempView("status_corrections");
    spark().createDataFrame(List.of(
        incident("A", 2L, Category.LOSS_OR_THEFT_DEVICE, Action.DISMISSAL, true),
        incident("A", 1L, Category.SENT_TO_WRONG_RECIPIENT, Action.NONE, null),
        incident("B", 3L, Category.SENT_TO_WRONG_RECIPIENT, Action.PROSECUTION, false),
        incident("B", null, Category.OTHER, Action.UNKNOWN, null),
        incident("C", 1L, Category.UNAUTHORISED_ACCESS, Action.DISCIPLINARY, true)),
        IncidentSchema.SCHEMA).createOrReplaceTempView("incidents");
    Sql.run(spark(), "responses").createOrReplaceTempView("responses");
  }

  @Test
  void ranksWithStandardCompetitionRankingAndLeavesRefusalsUnranked() {
    List<Row> actual = AggregateStep.run(spark()).get("council_rankings").rows();
    List<Row> expected = List.of(
        ranked(1, "A", "Ayton", "District", "England", "North East", "RESPONDED", 3, 3.0, 1, 2, 2, 0, 2, 0, 0, 2),
        ranked(1, "B", "Beeton", "District", "England", "North East", "RESPONDED", 3, 1.0, 3, 0, 0, 0, 0, 0, 3, 0),
        ranked(3, "C", "Ceeton", "Unitary", "Wales", null, "RESPONDED", 1, 2.0, 2, 1, 0, 1, 0, 0, 0, 1),
        ranked(4, "D", "Deeton", "Unitary", "Wales", null, "NIL_RETURN", 0, 0.0, 4, 0, 0, 0, 0, 0, 0, 0),
        RowFactory.create(null, "E", "Eeton", "District", "England", "London", "REFUSED", null,
            null, null, null, null, null, null, null, null, null));
    Assertions.assertEquals(expected, actual);
  }

  @Test
  void headlineCountsStatusesAndTheLowerBound() {
    Headline headline = AggregateStep.run(spark()).headline();
    Assertions.assertEquals(5, headline.authoritiesInRegister());
    Assertions.assertEquals(3, headline.responded());
    Assertions.assertEquals(1, headline.nilReturn());
    Assertions.assertEquals(1, headline.refused());
    Assertions.assertEquals(0, headline.noResponse());
    Assertions.assertEquals(7, headline.breachesTotal());
    Assertions.assertTrue(headline.lowerBound());
    Assertions.assertEquals(2, headline.devicesLostOrStolen());
    Assertions.assertEquals(6, headline.disciplinaryAny(), "dismissal, prosecution, disciplinary");
    Assertions.assertEquals(3, headline.involvingChildren());
    Assertions.assertEquals(1, headline.noAction());
  }

  @Test
  void anActionOutsideTheSeverityOrderComesLast() {
    Dataset<Row> incidents = spark().table("incidents");
    // action_taken is never null (the schema says so), but a value core's Action does not know
    // (array_position 0) must not be listed as the most severe.
    Dataset<Row> withOther = incidents.union(incidents.where("authority_code = 'C'")
        .withColumn("action_taken", functions.lit("WARNING_LETTER")));
    spark().createDataFrame(withOther.collectAsList(), incidents.schema())
        .createOrReplaceTempView("incidents");
    List<Row> rows = AggregateStep.run(spark()).get("by_action").rows();
    Assertions.assertEquals("PROSECUTION", rows.get(0).getString(0), rows.toString());
    Assertions.assertEquals("WARNING_LETTER", rows.get(rows.size() - 1).getString(0), rows.toString());
  }

  private static Row ranked(int rank, String code, String name, String type, String nation,
      String region, String status, long breaches, double per100k, int rankPer100k,
      long children, long devices, long disciplinary, long dismissals, long resignations,
      long prosecutions, long ico) {
    return RowFactory.create(rank, code, name, type, nation, region, status, breaches, per100k,
        rankPer100k, children, devices, disciplinary, dismissals, resignations, prosecutions, ico);
  }

  private static Row file(String name, String code, String outcome, boolean lowerBound) {
    return RowFactory.create(name, code, outcome, 0, lowerBound);
  }

  private static Row incident(String code, Long count, Category category, Action action,
      Boolean children) {
    return IncidentSchema.toRow(new Incident(code, code, null, null, null, "2012-13", null,
        DatePrecision.FINANCIAL_YEAR, category, null, count, count == null, null, children,
        null, action, children, null, code + ".csv", null, 1, "sha", "INCIDENT_LOG", 1));
  }
}
