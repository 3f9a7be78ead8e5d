package uk.breachreport.spark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import org.apache.commons.io.file.PathUtils;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import uk.breachreport.core.quality.QualityReport;
import uk.breachreport.core.report.BreakdownRow;
import uk.breachreport.core.report.ChangeSection;
import uk.breachreport.core.report.ReportAssembler;
import uk.breachreport.core.report.ReportModel;
import uk.breachreport.core.report.ReportRenderer;
import uk.breachreport.spark.schema.Rows;

/**
 * RENDER: the rows each factsheet needs, collected by the queries in {@code sql/}; the view model
 * assembled in core ({@link ReportAssembler}), rendered on the driver to a local folder and copied
 * into the output.
 */
final class RenderStep {

  private static final DateTimeFormatter PUBLISHED = DateTimeFormatter.ofPattern("d MMMM yyyy",
      Locale.UK);

  private RenderStep() {}

  static void run(SparkSession spark, Options options, Clock clock, Tables tables,
      QualityReport quality, ChangeSection change, OutputDir out) throws IOException {
    spark.sparkContext().setJobGroup("RENDER", "RENDER report", false);
    Path local = Files.createTempDirectory("breach-report-");
    try {
      new ReportRenderer().render(model(spark, options, clock, tables, quality, change), local);
      for (Tables.Table t : tables.byName().values()) {
        Files.writeString(local.resolve("downloads/" + t.name() + ".csv"),
            CsvText.of(t.columns(), t.rows()));
      }
      out.copyFromLocal(local, "report");
    } finally {
      PathUtils.deleteDirectory(local);
    }
  }

  static ReportModel model(SparkSession spark, Options options, Clock clock, Tables tables,
      QualityReport quality, ChangeSection change) {
    ReportAssembler.National national = new ReportAssembler.National(tables.headline(),
        breakdown(tables, "by_category"), breakdown(tables, "by_year"),
        breakdown(tables, "by_action"), breakdown(tables, "by_nation"),
        breakdown(tables, "by_region"), breakdown(tables, "by_type"));
    return ReportAssembler.assemble(options.period().from(), options.period().to(),
        LocalDate.now(clock).format(PUBLISHED), RunSummary.version(), national,
        tables.league(), perCouncil(spark), quality, change);
  }

  private static List<BreakdownRow> breakdown(Tables tables, String name) {
    return tables.get(name).rows().stream().map(Rows::breakdown).toList();
  }

  /** The factsheets' queries, side by side. */
  private static ReportAssembler.PerCouncil perCouncil(SparkSession spark) {
    try (SideBySide side = new SideBySide()) {
      var byCategory = side.submit(byCouncil(spark, "category"));
      var byAction = side.submit(byCouncil(spark, "action_taken"));
      var byYear = side.submit(byCouncil(spark, "coalesce(financial_year, 'whole period')"));
      var files = side.submit(() -> grouped(Sql.run(spark, "council_files").collectAsList(),
          Rows::sourceFile));
      var lines = side.submit(() -> grouped(
          Sql.run(spark, "council_incident_lines").collectAsList(), Rows::incidentLine));
      return new ReportAssembler.PerCouncil(SideBySide.result(byCategory),
          SideBySide.result(byAction), SideBySide.result(byYear), SideBySide.result(files),
          SideBySide.result(lines));
    }
  }

  private static Supplier<Map<String, List<BreakdownRow>>> byCouncil(SparkSession spark,
      String key) {
    return () -> grouped(Sql.run(spark, "council_breakdown", Map.of("key", key)).collectAsList(),
        Rows::breakdownByCouncil);
  }

  /** Rows whose first column is the council code, as lists by council in the query's order. */
  private static <T> Map<String, List<T>> grouped(List<Row> rows, Function<Row, T> record) {
    Map<String, List<T>> byCouncil = new HashMap<>();
    rows.forEach(r -> byCouncil.computeIfAbsent(r.getString(0), k -> new ArrayList<>())
        .add(record.apply(r)));
    return byCouncil;
  }
}
