package uk.breachreport.spark;

import org.junit.jupiter.api.Assertions;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.commons.codec.digest.DigestUtils;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The whole pipeline in a local session: a small fixture record by record, and the sample's totals. */
class BreachReportJobTest extends SparkTestBase {

  static final Path ROOT = Path.of(System.getProperty("project.root", "../.."));

  @TempDir Path tmp;

  @Test
  void turnsASmallFolderIntoTheUnifiedRecords() throws Exception {
    Path input = Files.createDirectories(tmp.resolve("in"));
    byte[] log = String.join("\n",
        "Southampton City Council",
        "Date of incident,Description,Action taken,Reported to ICO",
        "05/06/2012,Email sent to wrong recipient,Words of advice,No",
        "14/02/2011,Laptop stolen from car,Dismissed,Yes",
        "2013/14,Papers left on a train,,").getBytes(StandardCharsets.UTF_8);
    Files.write(input.resolve("southampton-foi.csv"), log);
    String sha256 = DigestUtils.sha256Hex(log);
    Files.writeString(input.resolve("ryedale.txt"),
        "Ryedale District Council has no record of any data protection breaches.");
    Files.write(input.resolve("mystery.pdf"), new byte[] {'%', 'P', 'D', 'F'});
    Path output = tmp.resolve("out");
    Files.createDirectories(output.resolve("tables"));
    Files.writeString(output.resolve("tables/national_summary.csv"), "last year's figures");
    Files.writeString(output.resolve(OutputDir.MARKER), "last year's run");
    Files.writeString(output.resolve("notes.txt"), "the analyst's notes");

    // A run that fails (here: no reference data) leaves the previous output as it was.
    Assertions.assertThrows(BreachReportJob.ReferenceException.class, () -> BreachReportJob.run(spark(), Options.parse(
        "--input", input.toString(), "--output", output.toString(),
        "--reference", Files.createDirectories(tmp.resolve("empty")).toString()).orElseThrow(), SampleGolden.CLOCK));
    Assertions.assertEquals("last year's figures",
        Files.readString(output.resolve("tables/national_summary.csv")));

    BreachReportJob.run(spark(), Options.parse("--input", input.toString(), "--output",
        output.toString()).orElseThrow(), SampleGolden.CLOCK);
    Assertions.assertNotEquals("last year's run", Files.readString(output.resolve(OutputDir.MARKER)),
        "a successful run replaces the previous output");
    Assertions.assertEquals("the analyst's notes", Files.readString(output.resolve("notes.txt")),
        "and leaves what is not its own");

    Dataset<Row> actual = spark().read().parquet(output.resolve("incidents").toString())
        .orderBy("source_row");
    List<Row> expected = List.of(
        incident("2012-13", Date.valueOf("2012-06-05"), "DAY", "SENT_TO_WRONG_RECIPIENT", "EMAIL",
            "TRAINING_OR_ADVICE", false, "Email sent to wrong recipient", 3, sha256),
        incident("2013-14", null, "FINANCIAL_YEAR", "LOSS_OR_THEFT_PAPER", "PAPER", "UNKNOWN", null,
            "Papers left on a train", 5, sha256));
    assertDataFrameEquals(spark().createDataFrame(expected, actual.schema()), actual);

    Map<String, String> national = csv(output.resolve("tables/national_summary.csv"));
    Assertions.assertEquals("2", national.get("breaches_total"));
    Assertions.assertEquals("1", national.get("authorities_responded"));
    Assertions.assertEquals("1", national.get("authorities_nil_return"));
    Assertions.assertEquals("false", national.get("breaches_lower_bound"));
    JsonNode quality = new ObjectMapper().readTree(output.resolve("quality.json").toFile());
    Assertions.assertTrue(quality.get("reconciles").asBoolean());
    Assertions.assertEquals(1, quality.at("/record_counts/excluded").asInt(), "the 2011 laptop is outside the period");
    Assertions.assertEquals(1, quality.at("/record_counts/excluded_by_reason/OUTSIDE_PERIOD").asInt(),
        "excluded records are bucketed by a stable code, not one bucket per date");
    Assertions.assertEquals(1, quality.at("/file_counts/rejected").asInt(), "the pdf is rejected");
    Assertions.assertEquals("header: 'Date of incident | Description | Action taken | Reported to ICO'",
        quality.at("/files/2/evidence").asText(), "why southampton-foi.csv is breaches");
    Assertions.assertTrue(quality.at("/files/0/evidence").isNull(), "the pdf has none");
  }

  @Test
  void reproducesTheSampleTotalsAndWritesEveryOutput() throws Exception {
    Path output = tmp.resolve("sample-out");
    String input = ROOT.resolve("data/sample").toString();
    BreachReportJob.run(spark(), Options.parse("--input", input,
        "--output", output.toString(), "--reference", ROOT.resolve("data/reference").toString())
        .orElseThrow(), SampleGolden.CLOCK);

    Map<String, String> expected = new TreeMap<>();
    Map<String, String> actual = new TreeMap<>();
    for (CSVRecord r : records(ROOT.resolve(
        "jobs/spark/src/test/resources/sample-expected/council-totals.csv"))) {
      expected.put(r.get("code"), r.get("status") + " " + r.get("breaches"));
    }
    for (CSVRecord r : records(output.resolve("tables/council_rankings.csv"))) {
      if (expected.containsKey(r.get("code"))) {
        actual.put(r.get("code"), r.get("status") + " " + r.get("breaches"));
      }
    }
    Assertions.assertEquals(expected, actual);
    for (String path : List.of("incidents", "responses", "rejects", "summary.json", "quality.json",
        "tables/by_category.csv", "tables/by_year.csv", "tables/by_action.csv",
        "tables/by_nation.csv", "tables/by_region.csv", "tables/by_type.csv",
        "report/index.html", "report/councils/E06000045.html",
        "report/national-breach-report.pdf")) {
      Assertions.assertTrue(Files.exists(output.resolve(path)), path);
    }
    Assertions.assertEquals(433, spark().read().parquet(output.resolve("responses").toString()).count());
    JsonNode quality = new ObjectMapper().readTree(output.resolve("quality.json").toFile());
    Assertions.assertTrue(quality.get("reconciles").asBoolean());
    Set<String> listed = new TreeSet<>();
    quality.get("files").forEach(f -> listed.add(f.get("file").asText().split("!/")[0]));
    try (Stream<Path> inputs = Files.walk(ROOT.resolve("data/sample"))) {
      Assertions.assertEquals(inputs.filter(Files::isRegularFile)
          .map(p -> ROOT.resolve("data/sample").relativize(p).toString().replace('\\', '/'))
          .collect(Collectors.toCollection(TreeSet::new)), listed,
          "every input file, the manifest too, has its entries in quality.json (an email's parts too)");
    }
    Assertions.assertTrue(quality.get("files").findValuesAsText("file")
        .contains("RE- FOI 0412 data breaches.eml!/breaches.xlsx"), "the email's attachment is read");
    SampleGolden.assertMatches(output, input);
  }

  private static Row incident(String year, Date date, String precision, String category,
      String channel, String action, Boolean ico, String description, int row, String sha256) {
    return RowFactory.create("E06000045", "Southampton City Council", "Unitary authority",
        "England", "South East", year, date, precision, category, channel, 1L, false, null, null,
        null, action, ico, description, "southampton-foi.csv", null, row, sha256, "INCIDENT_LOG", 2);
  }

  private static Map<String, String> csv(Path file) throws IOException {
    Map<String, String> m = new TreeMap<>();
    records(file).forEach(r -> m.put(r.get(0), r.get(1)));
    return m;
  }

  private static List<CSVRecord> records(Path file) throws IOException {
    try (Reader in = Files.newBufferedReader(file)) {
      return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)
          .getRecords();
    }
  }
}
