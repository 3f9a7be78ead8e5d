package uk.breachreport.spark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The recent sample ({@code data/sample-recent}, 2019-2022, written by scripts/make-sample-recent.py)
 * compared with the bundled 2011-2014 sample: who each answer is counted for, the change per council
 * and nationally, and the report's section and factsheet lines. The earlier survey's tables are
 * those the 2011-2014 sample gives (its pinned totals, sample-expected/council-totals.csv, which
 * BreachReportJobTest checks the job reproduces, on the 433 councils of its register), so the test
 * runs the job once.
 */
class RecentPeriodJobTest extends SparkTestBase {

  static final Path ROOT = Path.of(System.getProperty("project.root", "../.."));

  @TempDir Path tmp;

  @Test
  void recentSampleCountsPredecessorsForTheirSuccessorsAndComparesWithThe2011To2014Sample() throws Exception {
    Path earlier = earlierSurvey(tmp.resolve("earlier"));
    // The earlier run's responses/ says which figures were "at least"; its tables do not.
    spark().createDataFrame(List.of(RowFactory.create("E08000003", true), RowFactory.create("E07000165", false)),
        new StructType().add("authority_code", DataTypes.StringType).add("lower_bound", DataTypes.BooleanType))
        .write().parquet(earlier.resolve("responses").toString());
    Path output = tmp.resolve("out-recent");
    BreachReportJob.run(spark(), Options.parse("--input", ROOT.resolve("data/sample-recent").toString(),
        "--output", output.toString(), "--period", "2019-04-01..2022-03-31", "--reference",
        ROOT.resolve("data/reference").toString(), "--compare", earlier.toString())
        .orElseThrow(), SampleGolden.CLOCK);

    Map<String, String> credited = new TreeMap<>();
    for (CSVRecord r : records(output.resolve("tables/council_rankings.csv"))) {
      if (!r.get("breaches").isEmpty()) {
        credited.put(r.get("code"), r.get("breaches"));
      }
    }
    Assertions.assertEquals(Map.of("E07000165", "8", "E08000003", "18", "N09000003", "15", "E06000060", "3",
        "E07000163", "0", "E07000246", "2"), credited,
        "Aylesbury Vale's answer counts for Buckinghamshire Council; Taunton Deane's for no one");

    JsonNode quality = new ObjectMapper().readTree(output.resolve("quality.json").toFile());
    Assertions.assertTrue(quality.get("reconciles").asBoolean());
    Assertions.assertEquals(List.of("Aylesbury Vale District Council FOI response.csv: name in file name: "
            + "Aylesbury Vale District Council, abolished 2020-03-31, counted for Buckinghamshire Council"),
        strings(quality.get("counted_for_successor")));
    Assertions.assertTrue(Files.readString(output.resolve("report/councils/E06000060.html")).contains(
        "council name in file name: Aylesbury Vale District Council, abolished 2020-03-31, counted for "
            + "Buckinghamshire Council"), "Buckinghamshire's factsheet says whose answer it counts");
    Assertions.assertNull(quality.get("population_note"),
        "populations.csv has 2020 and 2021 figures for every council in force in 2022");
    JsonNode taunton = null;
    for (JsonNode f : quality.get("files")) {
      if (f.toString().contains("taunton-deane-foi.csv")) {
        taunton = f;
      }
    }
    Assertions.assertNotNull(taunton);
    Assertions.assertTrue(taunton.toString().contains("Taunton Deane Borough Council (E07000190) was abolished on "
        + "2019-03-31, before the period 2019-04-01..2022-03-31 starts: an answer from the wrong period"),
        taunton.toString());

    Map<String, CSVRecord> change = records(output.resolve("tables/change.csv")).stream()
        .collect(Collectors.toMap(r -> r.get("code"), r -> r));
    Assertions.assertEquals(List.of("15", "9", "6", "0.6667"), figures(change.get("N09000003")),
        "Belfast's 2015 district through the old Belfast City Council (95Z)");
    Assertions.assertTrue(change.get("N09000003").get("note")
        .startsWith("merged: compared through its predecessors in the earlier survey, Belfast City Council (95Z) 9"));
    Assertions.assertEquals(List.of("8", "15", "-7", "-0.4667"), figures(change.get("E07000165")));
    Assertions.assertEquals(List.of("18", "48", "-30", "-0.625"), figures(change.get("E08000003")));
    Assertions.assertEquals(List.of("0", "0", "0", ""), figures(change.get("E07000163")), "nil both times");
    Assertions.assertEquals(List.of("2", "", "", ""), figures(change.get("E07000246")));
    Assertions.assertTrue(change.get("E07000246").get("note").startsWith("merged: not every predecessor gave a figure"),
        change.get("E07000246").get("note"));
    Assertions.assertEquals(List.of("3", "", "", ""), figures(change.get("E06000060")));
    Assertions.assertEquals(List.of("46", "762", "-716", "-0.9396"), figures(change.get("")), "the national row");

    String index = Files.readString(output.resolve("report/index.html"));
    Assertions.assertTrue(index.contains("<h2>Change since the previous survey</h2>"));
    Assertions.assertTrue(index.contains("Councils recorded 46 breaches in this survey, down 716 (94.0%) from 762"), index);
    // Different councils answered the two surveys: the like-for-like change is the one to quote.
    Assertions.assertTrue(index.contains("Like for like, the 4 councils with a figure in both surveys recorded 41 breaches, down 31 (43.1%) from at least 72"), index);
    Assertions.assertTrue(Files.readString(output.resolve("report/councils/E08000003.html")).contains(
        "from at least 48 in the previous survey"), "Manchester's earlier figure was a minimum");
    Assertions.assertTrue(index.contains("Councils that merged since the previous survey are compared through their predecessors"));
    Assertions.assertTrue(Files.readString(output.resolve("report/councils/N09000003.html")).contains(
        "Compared through its predecessors Belfast City Council: 15 breaches, up 6 (66.7%) from 9 in the previous survey."));
    Assertions.assertTrue(Files.readString(output.resolve("report/councils/E07000165.html")).contains(
        "8 breaches, down 7 (46.7%) from 15 in the previous survey."));
    String swt = Files.readString(output.resolve("report/councils/E07000246.html"));
    Assertions.assertTrue(swt.contains("Not compared with the previous survey: Taunton Deane Borough Council and West "
        + "Somerset District Council did not answer the previous survey."), swt);
    Assertions.assertFalse(swt.contains("NO_RESPONSE") || swt.contains("merged:"), "no codes or CSV notes");
  }

  /**
   * An earlier run's tables as the 2011-2014 sample gives them: every council of its register,
   * with the sample's pinned status and breaches, NO_RESPONSE for the others.
   */
  private static Path earlierSurvey(Path dir) throws IOException {
    Map<String, CSVRecord> sample = records(ROOT.resolve("jobs/spark/src/test/resources/sample-expected/council-totals.csv"))
        .stream().collect(Collectors.toMap(r -> r.get("code"), r -> r));
    StringBuilder rankings = new StringBuilder("code,name,status,breaches\n");
    long total = 0;
    long responded = 0;
    long nil = 0;
    for (CSVRecord r : records(ROOT.resolve("data/reference/register-2011-2014.csv"))) {
      CSVRecord answer = sample.get(r.get("code"));
      String status = answer == null ? "NO_RESPONSE" : answer.get("status");
      String breaches = answer == null || !List.of("RESPONDED", "NIL_RETURN").contains(status) ? "" : answer.get("breaches");
      rankings.append(r.get("code")).append(",\"").append(r.get("name")).append("\",").append(status).append(',')
          .append(breaches).append('\n');
      total += breaches.isEmpty() ? 0 : Long.parseLong(breaches);
      responded += "RESPONDED".equals(status) ? 1 : 0;
      nil += "NIL_RETURN".equals(status) ? 1 : 0;
    }
    Path tables = Files.createDirectories(dir.resolve("tables"));
    Files.writeString(tables.resolve("council_rankings.csv"), rankings);
    Files.writeString(tables.resolve("national_summary.csv"), "metric,value\nauthorities_responded," + responded
        + "\nauthorities_nil_return," + nil + "\nbreaches_total," + total + "\n");
    return dir;
  }

  private static List<String> figures(CSVRecord r) {
    return List.of(r.get("breaches"), r.get("earlier_breaches"), r.get("change"), r.get("change_share"));
  }

  private static List<String> strings(JsonNode array) {
    return array == null ? List.of() : java.util.stream.StreamSupport.stream(array.spliterator(), false)
        .map(JsonNode::asText).toList();
  }

  private static List<CSVRecord> records(Path file) throws IOException {
    try (Reader in = Files.newBufferedReader(file)) {
      return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)
          .getRecords();
    }
  }
}
