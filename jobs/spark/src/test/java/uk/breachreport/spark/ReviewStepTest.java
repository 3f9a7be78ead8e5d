package uk.breachreport.spark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Nothing counted twice, implausible figures held, the analyst's corrections applied: the whole
 * job over a small folder holding each case.
 */
class ReviewStepTest extends SparkTestBase {

  @TempDir Path tmp;

  @Test
  void countsEachAnswerOnceHoldsTheImplausibleAndAppliesCorrections() throws Exception {
    Path input = Files.createDirectories(tmp.resolve("in"));
    String log = String.join("\n",
        "Date of incident,Description,Action taken,Reported to ICO",
        "05/06/2012,Email sent to wrong recipient,Words of advice,No",
        "14/02/2013,Something happened,None,No",
        "02/03/2013,Laptop stolen from car,Dismissed,Yes");
    // The same answer saved twice: identical bytes.
    Files.writeString(input.resolve("Southampton City Council FOI.csv"), log);
    Files.writeString(input.resolve("Copy of Southampton City Council FOI.csv"), log);
    // The same unreadable bytes twice: two rejects, each with its reason, not a duplicate.
    byte[] slides = "PK not really a presentation".getBytes(StandardCharsets.UTF_8);
    Files.write(input.resolve("Craven District Council slides.pptx"), slides);
    Files.write(input.resolve("Craven District Council slides (2).pptx"), slides);
    // The same answer in two forms: a log, and its year totals.
    Files.writeString(input.resolve("Bristol City Council breaches.csv"), String.join("\n",
        "Date of incident,Description of breach", "05/06/2012,Letter sent to wrong address",
        "07/07/2012,Papers lost"));
    Files.writeString(input.resolve("Bristol City Council breaches by year.csv"), String.join("\n",
        "Financial year,Number of data protection breaches", "2012/13,2", "Total,2"));
    // Implausible: a year total in the tens of thousands for a council of 37,000 people.
    Files.writeString(input.resolve("Rutland County Council year totals.csv"), String.join("\n",
        "Financial year,Number of data protection breaches", "2011/12,4", "2012/13,48210",
        "2013/14,6", "Total,48220"));
    Files.writeString(input.resolve("corrections.csv"), String.join("\n",
        "authority,file,sheet,row,field,value,note",
        ",Southampton City Council FOI.csv,,3,category,UNAUTHORISED_ACCESS,Council's note: a look at a record",
        ",nowhere.csv,,2,category,OTHER,A line that matches nothing",
        // A total and a status for the same council: the total's record, from corrections.csv,
        // is then excluded and must be counted as such in corrections.csv's file entry.
        "Craven District Council,,,,total,7,Council's letter gave a total",
        "Craven District Council,,,,status,refused,Council later refused on cost"));
    Path output = tmp.resolve("out");

    BreachReportJob.run(spark(), Options.parse("--input", input.toString(), "--output",
        output.toString()).orElseThrow(), SampleGolden.CLOCK);

    Map<String, String> national = new HashMap<>();
    records(output.resolve("tables/national_summary.csv")).forEach(r -> national.put(r.get(0), r.get(1)));
    Assertions.assertEquals("5", national.get("breaches_total"), "Southampton 3 once, Bristol 2 once");
    Assertions.assertEquals("1", national.get("authorities_held_for_review"));
    Assertions.assertEquals("2", national.get("authorities_responded"));

    Map<String, CSVRecord> rankings = new HashMap<>();
    records(output.resolve("tables/council_rankings.csv")).forEach(r -> rankings.put(r.get("code"), r));
    Assertions.assertEquals("HELD_FOR_REVIEW", rankings.get("E06000017").get("status"));
    Assertions.assertEquals("", rankings.get("E06000017").get("rank"), "a held council is not ranked");
    Assertions.assertEquals("3", rankings.get("E06000045").get("breaches"));

    List<Row> corrected = spark().read().parquet(output.resolve("incidents").toString())
        .where("source_row = 3 AND authority_code = 'E06000045'").collectAsList();
    Assertions.assertEquals(1, corrected.size());
    Assertions.assertEquals("UNAUTHORISED_ACCESS", corrected.get(0).getAs("category"));

    JsonNode quality = new ObjectMapper().readTree(output.resolve("quality.json").toFile());
    Assertions.assertTrue(quality.get("reconciles").asBoolean(), quality.toPrettyString());
    Map<String, JsonNode> files = new HashMap<>();
    quality.get("files").forEach(f -> files.put(f.get("file").asText(), f));
    JsonNode copy = files.get("Copy of Southampton City Council FOI.csv");
    Assertions.assertEquals("DUPLICATE", copy.get("outcome").asText());
    Assertions.assertEquals("Southampton City Council FOI.csv", copy.get("repeats").asText());
    Assertions.assertEquals("SUPERSEDED",
        files.get("Bristol City Council breaches by year.csv").get("outcome").asText());
    JsonNode correctionsFile = files.get("corrections.csv");
    Assertions.assertEquals("CORRECTIONS", correctionsFile.get("outcome").asText());
    Assertions.assertEquals(0, correctionsFile.get("records").asLong());
    Assertions.assertEquals(1, correctionsFile.get("excluded").asLong(),
        "Craven's total, not counted once its status is refused");
    Assertions.assertEquals(1,
        quality.at("/record_counts/excluded_by_reason/STATUS_SET_BY_CORRECTION").asInt());
    for (String slidesFile : List.of("Craven District Council slides.pptx",
        "Craven District Council slides (2).pptx")) {
      Assertions.assertEquals("REJECTED", files.get(slidesFile).get("outcome").asText(), slidesFile);
    }
    Assertions.assertEquals(1, quality.at("/record_counts/excluded_by_reason/SUPERSEDED").asInt(),
        "the year totals' record, bucketed by code");
    JsonNode held = quality.get("held_for_review");
    Assertions.assertEquals(1, held.size());
    Assertions.assertEquals("E06000017", held.get(0).get("authority_code").asText());
    Assertions.assertEquals(48220, held.get(0).get("breaches_held").asLong());
    Assertions.assertEquals("HUGE_CELL", held.get(0).at("/reasons/1/code").asText());
    JsonNode corrections = quality.get("corrections");
    Assertions.assertEquals(3, corrections.get("applied").size());
    Assertions.assertEquals("Council's note: a look at a record",
        corrections.at("/applied/0/note").asText());
    Assertions.assertEquals(1, corrections.get("errors").size());
    Assertions.assertTrue(corrections.at("/errors/0").asText().contains("matches nothing"));
    String report = Files.readString(output.resolve("report/index.html"));
    Assertions.assertTrue(report.contains("Held for review"), "the report's quality appendix");
    Assertions.assertTrue(report.contains("Council&#39;s note: a look at a record")
        || report.contains("Council's note: a look at a record"), "the methodology lists the correction");
  }

  private static List<CSVRecord> records(Path file) throws Exception {
    try (Reader in = Files.newBufferedReader(file)) {
      return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)
          .getRecords();
    }
  }
}
