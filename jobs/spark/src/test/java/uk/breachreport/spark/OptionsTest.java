package uk.breachreport.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class OptionsTest {

  @Test
  void parsesEveryOption() throws Exception {
    Options o = Options.parse("--input", "hdfs:///foi", "--output", "out", "--period",
        "2012-04-01..2013-03-31", "--master", "local[2]", "--reference", "ref").orElseThrow();
    assertEquals("hdfs:///foi", o.input());
    assertEquals(LocalDate.of(2013, 3, 31), o.period().to());
    assertEquals("local[2]", o.master().orElseThrow());
    assertEquals("ref", o.reference().orElseThrow());
  }

  @Test
  void defaultsToTheStudyPeriodAndHelpIsNotAnError() throws Exception {
    assertEquals(LocalDate.of(2011, 4, 1),
        Options.parse("--input", "a", "--output", "b").orElseThrow().period().from());
    assertTrue(Options.parse("--help").isEmpty());
  }

  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
      "--input a;--input and --output are required",
      "--input a --output b --period 2014..2011;is not of the form",
      "--input a --output b --period 2014-03-31..2011-04-01;before it starts",
      "--input a --output b --period 2008-04-01..2011-03-31;period 2008-04-01..2011-03-31 is outside 2009-04-01..",
      "--input a --output b --period 2025-04-01..2099-03-31;is outside 2009-04-01..",
      "--input a --output b --colour red;unknown option --colour",
      "--input a --output b --compare /no/such/folder;--compare /no/such/folder has no tables/council_rankings.csv",
      "--input;needs a value",
      "stray;unexpected argument 'stray'"})
  void usageErrorsSayWhatIsWrong(String args, String message) {
    Options.UsageException e = assertThrows(Options.UsageException.class,
        () -> Options.parse(args.split(" ")));
    assertTrue(e.getMessage().contains(message), e.getMessage());
  }

  @Test
  void compareTakesAnEarlierRunsFolder(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
    java.nio.file.Path tables = java.nio.file.Files.createDirectories(dir.resolve("tables"));
    java.nio.file.Files.writeString(tables.resolve("council_rankings.csv"), "code\n");
    Options.UsageException e = assertThrows(Options.UsageException.class,
        () -> Options.parse("--input", "a", "--output", "b", "--compare", dir.toString()));
    assertTrue(e.getMessage().endsWith("has no tables/national_summary.csv; give the output folder of an earlier run"),
        e.getMessage());
    java.nio.file.Files.writeString(tables.resolve("national_summary.csv"), "metric,value\n");
    assertEquals(dir.toString(), Options.parse("--input", "a", "--output", "b", "--compare", dir.toString())
        .orElseThrow().compare().orElseThrow());
    assertTrue(Options.parse("--input", "a", "--output", "b").orElseThrow().compare().isEmpty());
  }
}
