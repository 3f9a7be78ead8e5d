package uk.breachreport.spark;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.spark.sql.Row;

/**
 * {@code summary.json}: the headline as {@code tables/national_summary.csv} has it (metric, value)
 * and what the run read: the version, the period, the input and each file's checksum.
 */
record RunSummary(Map<String, Object> headline, Run run) {

  record Run(String version, Period period, String input, int filesListed, List<Checksum> files) {}

  record Period(String from, String to) {}

  record Checksum(String file, String sha256, long size) {}

  /** {@code files}: the files view's rows, in file order. */
  static RunSummary of(Options options, int filesListed, List<Row> files, Tables tables) {
    Map<String, Object> headline = new LinkedHashMap<>(); // the table's order
    tables.get("national_summary").rows().forEach(r -> headline.put(r.getString(0), r.get(1)));
    List<Checksum> checksums = files.stream()
        .map(r -> new Checksum(r.getAs("file"), r.getAs("sha256"), r.getAs("size"))).toList();
    return new RunSummary(headline, new Run(version(),
        new Period(options.period().from().toString(), options.period().to().toString()),
        options.input(), filesListed, checksums));
  }

  /** The application's version, from the jar's properties. */
  static String version() {
    Properties p = new Properties();
    try (InputStream in = RunSummary.class.getResourceAsStream("/breach-report.properties")) {
      if (in != null) {
        p.load(in);
      }
    } catch (IOException e) {
      return "unknown";
    }
    return p.getProperty("version", "unknown");
  }
}
