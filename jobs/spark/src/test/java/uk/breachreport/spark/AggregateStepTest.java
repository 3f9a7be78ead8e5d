package uk.breachreport.spark;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.functions;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.breachreport.core.model.Action;
import uk.breachreport.core.model.Authority;
import uk.breachreport.core.model.Category;
import uk.breachreport.core.model.DatePrecision;
import uk.breachreport.core.model.Incident;
import uk.breachreport.core.quality.CouncilStatus;
import uk.breachreport.core.report.Headline;
import uk.breachreport.core.report.Responses;
import uk.breachreport.spark.schema.IncidentSchema;

/** The tables and the league table of five made-up councils: ties, nil returns, refusals. */
class AggregateStepTest extends SparkTestBase {

  private Responses.Facts facts;

  @BeforeEach
  void views() {
    // No council held for review, no status set by a correction.
    facts = new Responses.Facts(List.of(
        council("A", "Ayton", "District", "England", "North East", 100_000L),
        council("B", "Beeton", "District", "England", "North East", 300_000L),
        council("C", "Ceeton", "Unitary", "Wales", null, 50_000L),
        council("D", "Deeton", "Unitary", "Wales", null, 10_000L),
        council("E", "Eeton", "District", "England", "London", 200_000L)),
        List.of(file("a.csv", "A", "USED", false), file("b.csv", "B", "USED", true),
            file("c.csv", "C", "USED", false), file("d.txt", "D", "NIL_RETURN", false)),
        List.of(new CouncilStatus("E", "REFUSED", "by e-mail")), List.of(), List.of());
    spark().createDataFrame(List.of(
        incident("A", 2L, Category.LOSS_OR_THEFT_DEVICE, Action.DISMISSAL, true),
        incident("A", 1L, Category.SENT_TO_WRONG_RECIPIENT, Action.NONE, null),
        incident("B", 3L, Category.SENT_TO_WRONG_RECIPIENT, Action.PROSECUTION, false),
        incident("B", null, Category.OTHER, Action.UNKNOWN, null),
        incident("C", 1L, Category.UNAUTHORISED_ACCESS, Action.DISCIPLINARY, true)),
        IncidentSchema.SCHEMA).createOrReplaceTempView("incidents");
  }

  @Test
  void ranksWithStandardCompetitionRankingAndLeavesRefusalsUnranked() {
    List<Row> actual = AggregateStep.run(spark(), facts).get("council_rankings").rows();
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
    Headline headline = AggregateStep.run(spark(), facts).headline();
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
    List<Row> rows = AggregateStep.run(spark(), facts).get("by_action").rows();
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

  private static Authority council(String code, String name, String type, String nation,
      String region, long population) {
    return new Authority(code, name, type, nation, region, List.of(), population, 2011, "test");
  }

  private static Responses.File file(String name, String code, String outcome,
      boolean lowerBound) {
    return new Responses.File(code, name, outcome, 0, lowerBound);
  }

  private static Row incident(String code, Long count, Category category, Action action,
      Boolean children) {
    return IncidentSchema.toRow(new Incident(code, code, null, null, null, "2012-13", null,
        DatePrecision.FINANCIAL_YEAR, category, null, count, count == null, null, children,
        null, action, children, null, code + ".csv", null, 1, "sha", "INCIDENT_LOG", 1));
  }
}
