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
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A 2019-2022 run on a few answers from councils reorganised in 2019 and 2020: who each answer is
 * counted for, and the change from an earlier survey's tables.
 */
class RecentPeriodJobTest extends SparkTestBase {

  static final Path ROOT = Path.of(System.getProperty("project.root", "../.."));
  static final String HEADER = "Date of incident,Description,Action taken,Reported to ICO";

  @TempDir Path tmp;

  @Test
  void countsPredecessorsForTheirSuccessorsAndComparesWithTheEarlierSurvey() throws Exception {
    Path input = Files.createDirectories(tmp.resolve("in"));
    answer(input, "taunton-deane-foi.csv", "Taunton Deane Borough Council",
        "05/06/2018,Email sent to wrong recipient,Words of advice,No",
        "10/10/2019,Papers left on a train,,No");
    answer(input, "Somerset West and Taunton Council FOI.csv", "Somerset West and Taunton Council",
        "12/05/2019,Email sent to wrong recipient,Words of advice,No",
        "01/02/2021,Laptop stolen from car,Disciplinary,Yes");
    answer(input, "Dorset Council FOI.csv", "Dorset Council",
        "12/05/2019,Email sent to wrong recipient,,No",
        "12/06/2020,Email sent to wrong recipient,,No",
        "12/07/2021,Letter posted to the wrong address,,No");
    answer(input, "Aylesbury Vale District Council FOI.csv", "Aylesbury Vale District Council",
        "20/08/2019,Email sent to wrong recipient,Words of advice,No");
    // An answer from Taunton Deane (abolished 2019-03-31) can only be named for sure by a
    // manifest line; it is from before the period.
    Files.writeString(input.resolve("manifest.csv"), "file,authority\ntaunton-deane-foi.csv,E07000190\n");

    Path earlier = Files.createDirectories(tmp.resolve("earlier/tables"));
    Files.writeString(earlier.resolve("council_rankings.csv"), String.join("\n",
        "rank,code,name,type,nation,region,status,breaches",
        "1,E07000190,Taunton Deane Borough Council,,,,RESPONDED,4",
        "2,E07000191,West Somerset District Council,,,,RESPONDED,1",
        "3,E06000059,Dorset Council,,,,RESPONDED,5",
        ",E06000060,Buckinghamshire Council,,,,REFUSED,"));
    Files.writeString(earlier.resolve("national_summary.csv"), String.join("\n", "metric,value",
        "authorities_responded,3", "authorities_nil_return,0", "breaches_total,10"));

    Path output = tmp.resolve("out");
    BreachReportJob.run(spark(), Options.parse("--input", input.toString(), "--output",
        output.toString(), "--period", "2019-04-01..2022-03-31", "--reference",
        ROOT.resolve("data/reference").toString(), "--compare", tmp.resolve("earlier").toString())
        .orElseThrow(), SampleGolden.CLOCK);

    Map<String, String> credited = new TreeMap<>();
    for (CSVRecord r : records(output.resolve("tables/council_rankings.csv"))) {
      if (!r.get("breaches").isEmpty()) {
        credited.put(r.get("code"), r.get("breaches"));
      }
    }
    Assertions.assertEquals(Map.of("E07000246", "2", "E06000059", "3", "E06000060", "1"), credited,
        "Aylesbury Vale's answer counts for Buckinghamshire Council; Taunton Deane's for no one");

    JsonNode quality = new ObjectMapper().readTree(output.resolve("quality.json").toFile());
    Assertions.assertTrue(quality.get("reconciles").asBoolean());
    Assertions.assertEquals(List.of("Aylesbury Vale District Council FOI.csv: name in file name: "
            + "Aylesbury Vale District Council, abolished 2020-03-31, counted for Buckinghamshire Council"),
        strings(quality.get(PeriodNotes.COUNTED_FOR_SUCCESSOR)));
    Assertions.assertTrue(quality.get(PeriodNotes.POPULATION_NOTE).asText()
        .startsWith("rates per 100,000 use populations of 2011"));
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
    Assertions.assertEquals(List.of("2", "5", "-3", "-0.6"),
        figures(change.get("E07000246")), "through Taunton Deane 4 + West Somerset 1");
    Assertions.assertTrue(change.get("E07000246").get("note").startsWith("merged: compared through its predecessors"));
    Assertions.assertEquals(List.of("3", "5", "-2", "-0.4"), figures(change.get("E06000059")));
    Assertions.assertEquals(List.of("1", "", "", ""), figures(change.get("E06000060")), "refused before");
    Assertions.assertEquals(List.of("6", "10", "-4", "-0.4"), figures(change.get("")), "the national row");
  }

  private static void answer(Path dir, String file, String council, String... rows) throws IOException {
    Files.writeString(dir.resolve(file), council + "\n" + HEADER + "\n" + String.join("\n", rows) + "\n");
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
