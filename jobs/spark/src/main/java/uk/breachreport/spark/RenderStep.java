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
 * assembled in core ({@link ReportAssembler}), rendered on the driver into the output (or a local
 * folder copied into it, when the output is not on the local disk).
 */
final class RenderStep {

  private static final DateTimeFormatter PUBLISHED = DateTimeFormatter.ofPattern("d MMMM yyyy",
      Locale.UK);

  private RenderStep() {}

  static void run(SparkSession spark, Options options, Clock clock, Tables tables,
      List<Row> files, QualityReport quality, ChangeSection change, OutputDir out)
      throws IOException {
    spark.sparkContext().setJobGroup("RENDER", "RENDER report", false);
    ReportModel model = model(spark, options, clock, tables, files, quality, change);
    // Straight into a local output; elsewhere rendered in a local folder, then copied.
    Path staged = out.local("report");
    Path local = staged != null ? Files.createDirectories(staged)
        : Files.createTempDirectory("breach-report-");
    try {
      new ReportRenderer().render(model, local);
      for (Tables.Table t : tables.byName().values()) {
        Files.writeString(local.resolve("downloads/" + t.name() + ".csv"),
            CsvText.of(t.columns(), t.rows()));
      }
      if (staged == null) {
        out.copyFromLocal(local, "report");
      }
    } finally {
      if (staged == null) {
        PathUtils.deleteDirectory(local);
      }
    }
  }

  static ReportModel model(SparkSession spark, Options options, Clock clock, Tables tables,
      List<Row> files, QualityReport quality, ChangeSection change) {
    ReportAssembler.National national = new ReportAssembler.National(tables.headline(),
        breakdown(tables, "by_category"), breakdown(tables, "by_year"),
        breakdown(tables, "by_action"), breakdown(tables, "by_nation"),
        breakdown(tables, "by_region"), breakdown(tables, "by_type"));
    return ReportAssembler.assemble(options.period().from(), options.period().to(),
        LocalDate.now(clock).format(PUBLISHED), RunSummary.version(), national,
        tables.league(), perCouncil(spark, tables.figures(), files), quality, change);
  }

  private static List<BreakdownRow> breakdown(Tables tables, String name) {
    Tables.Table t = tables.get(name);
    return t.rows().stream().map(r -> Rows.breakdown(r, t.column("breaches"))).toList();
  }

  /**
   * What each factsheet lists: its breakdowns, cut from the figures already aggregated, its files
   * ({@code files}: the files view's rows in file order) and its first records, the one query.
   */
  private static ReportAssembler.PerCouncil perCouncil(SparkSession spark,
      IncidentFigures figures, List<Row> files) {
    Map<String, Long> records = figures.recordsByFile();
    return new ReportAssembler.PerCouncil(figures.breakdownByCouncil("category"),
        figures.breakdownByCouncil("action_taken"), figures.breakdownByCouncil("year"),
        grouped(files.stream().filter(f -> !f.isNullAt(f.fieldIndex("authority_code"))).toList(),
            "authority_code", f -> Rows.sourceFile(f, records.getOrDefault(f.getAs("file"), 0L))),
        grouped(Sql.run(spark, "council_incident_lines").collectAsList(), "authority_code",
            Rows::incidentLine));
  }

  /** Rows as lists by council (column {@code code}), in the rows' order. */
  private static <T> Map<String, List<T>> grouped(List<Row> rows, String code,
      Function<Row, T> record) {
    Map<String, List<T>> byCouncil = new HashMap<>();
    rows.forEach(r -> byCouncil.computeIfAbsent(r.getAs(code), k -> new ArrayList<>())
        .add(record.apply(r)));
    return byCouncil;
  }
}
