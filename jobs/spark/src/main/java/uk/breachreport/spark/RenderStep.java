package uk.breachreport.spark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.commons.io.file.PathUtils;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import uk.breachreport.core.quality.HeldCouncil;
import uk.breachreport.core.quality.Hold;
import uk.breachreport.core.report.AppliedCorrection;
import uk.breachreport.core.report.BreakdownRow;
import uk.breachreport.core.report.CouncilRow;
import uk.breachreport.core.report.CouncilSheet;
import uk.breachreport.core.report.Headline;
import uk.breachreport.core.report.IncidentLine;
import uk.breachreport.core.report.Labels;
import uk.breachreport.core.report.QualitySummary;
import uk.breachreport.core.report.ReportModel;
import uk.breachreport.core.report.ReportRenderer;
import uk.breachreport.core.report.SourceFile;

/**
 * RENDER: the report's view model from the tables and per-council queries, rendered on the
 * driver to a local folder and copied into the output.
 */
final class RenderStep {

  /** Enough lines for a factsheet; the dataset has them all. */
  private static final int INCIDENT_LINES = 200;
  private static final int SIMILAR = 5;

  private RenderStep() {}

  static void run(SparkSession spark, Options options, Clock clock, Tables tables, Map<String, Object> quality,
      OutputDir out) throws IOException {
    spark.sparkContext().setJobGroup("RENDER", "RENDER report", false);
    Path local = Files.createTempDirectory("breach-report-");
    try {
      new ReportRenderer().render(model(spark, options, clock, tables, quality), local);
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
      Map<String, Object> quality) {
    Map<String, Object> h = tables.headline();
    List<CouncilRow> rankings = rankings(spark, tables);
    return new ReportModel(
        "Personal data breaches at UK councils",
        options.period().from(), options.period().to(),
        LocalDate.now(clock).format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK)),
        BreachReportJob.version(),
        new Headline(n(h, "authorities_in_register"), n(h, "authorities_responded"),
            n(h, "authorities_nil_return"), n(h, "authorities_refused"),
            n(h, "authorities_no_response"), n(h, "breaches_total"),
            Boolean.TRUE.equals(h.get("breaches_lower_bound")), n(h, "loss_or_theft"),
            n(h, "devices_lost_or_stolen"), n(h, "sent_to_wrong_recipient"),
            n(h, "unauthorised_access_or_disclosure"), n(h, "involving_children"),
            n(h, "sensitive_data"), n(h, "disciplinary_any"), n(h, "resignations"),
            n(h, "dismissals"), n(h, "prosecutions"), n(h, "no_action"), n(h, "reported_to_ico"),
            n(h, "people_affected")),
        breakdown(tables.get("by_category"), "breaches"),
        breakdown(tables.get("by_year"), "breaches"),
        breakdown(tables.get("by_action"), "breaches"),
        breakdown(tables.get("by_nation"), "breaches"),
        breakdown(tables.get("by_region"), "breaches"),
        breakdown(tables.get("by_type"), "breaches"),
        rankings,
        sheets(spark, rankings),
        qualitySummary(quality));
  }

  private static long n(Map<String, Object> metrics, String name) {
    Object v = metrics.get(name);
    return v instanceof Number number ? number.longValue() : 0L;
  }

  private static List<BreakdownRow> breakdown(Tables.Table t, String valueColumn) {
    int value = t.columns().indexOf(valueColumn);
    return t.rows().stream()
        .map(r -> new BreakdownRow(Objects.toString(r.get(0)), Labels.of(Objects.toString(r.get(0))),
            r.isNullAt(value) ? 0 : ((Number) r.get(value)).longValue()))
        .toList();
  }

  private static List<CouncilRow> rankings(SparkSession spark, Tables tables) {
    Map<String, Row> extra = spark.sql("SELECT authority_code, lower_bound, population FROM responses")
        .collectAsList().stream().collect(Collectors.toMap(r -> r.getString(0), r -> r));
    Tables.Table t = tables.get("council_rankings");
    Function<String, Integer> c = t.columns()::indexOf;
    List<CouncilRow> rows = new ArrayList<>();
    for (Row r : t.rows()) {
      Row e = extra.get(r.getString(c.apply("code")));
      rows.add(new CouncilRow(integer(r.get(c.apply("rank"))), r.getString(c.apply("code")),
          r.getString(c.apply("name")), r.getString(c.apply("type")),
          r.getString(c.apply("nation")), r.getString(c.apply("region")),
          r.getString(c.apply("status")), longOrNull(r.get(c.apply("breaches"))),
          e != null && e.getBoolean(1),
          r.isNullAt(c.apply("per_100k")) ? null : ((Number) r.get(c.apply("per_100k"))).doubleValue(),
          integer(r.get(c.apply("rank_per_100k"))),
          longOrZero(r.get(c.apply("children"))), longOrZero(r.get(c.apply("devices"))),
          longOrZero(r.get(c.apply("disciplinary"))), longOrZero(r.get(c.apply("dismissals"))),
          longOrZero(r.get(c.apply("resignations"))), longOrZero(r.get(c.apply("prosecutions"))),
          longOrZero(r.get(c.apply("reported_to_ico"))),
          e == null || e.isNullAt(2) ? null : e.getLong(2)));
    }
    return rows;
  }

  private static List<CouncilSheet> sheets(SparkSession spark, List<CouncilRow> rankings) {
    try (SideBySide side = new SideBySide()) {
      Future<Map<String, List<BreakdownRow>>> byCategory =
          side.submit(() -> perCouncil(spark, "category"));
      Future<Map<String, List<BreakdownRow>>> byAction =
          side.submit(() -> perCouncil(spark, "action_taken"));
      Future<Map<String, List<BreakdownRow>>> byYear =
          side.submit(() -> perCouncil(spark, "coalesce(financial_year, 'whole period')"));
      Future<Map<String, List<SourceFile>>> files = side.submit(() -> sourceFiles(spark));
      Future<Map<String, List<IncidentLine>>> lines = side.submit(() -> incidentLines(spark));
      return sheets(rankings, SideBySide.result(byCategory), SideBySide.result(byAction),
          SideBySide.result(byYear), SideBySide.result(files), SideBySide.result(lines));
    }
  }

  /** Each council's answer files, for its factsheet. */
  private static Map<String, List<SourceFile>> sourceFiles(SparkSession spark) {
    Map<String, List<SourceFile>> files = new HashMap<>();
    spark.sql("SELECT f.authority_code, f.file, f.outcome, f.layout, coalesce(i.records, 0),"
            + " f.rejected_rows, f.reason FROM files f LEFT JOIN (SELECT source_file,"
            + " count(*) AS records FROM incidents GROUP BY source_file) i"
            + " ON i.source_file = f.file WHERE f.authority_code IS NOT NULL ORDER BY f.file")
        .collectAsList()
        .forEach(r -> files.computeIfAbsent(r.getString(0), k -> new ArrayList<>())
            .add(new SourceFile(r.getString(1), r.getString(2), r.getString(3), r.getLong(4),
                r.getInt(5), r.getString(6))));
    return files;
  }

  /** The first lines of each council's records, in the order its answer gave them. */
  private static Map<String, List<IncidentLine>> incidentLines(SparkSession spark) {
    Map<String, List<IncidentLine>> lines = new HashMap<>();
    spark.sql("SELECT authority_code, coalesce(cast(incident_date AS string), financial_year,"
            + " 'whole period'), category, description, action_taken FROM (SELECT *, row_number()"
            + " OVER (PARTITION BY authority_code ORDER BY source_file, source_sheet, source_row)"
            + " AS n FROM incidents) WHERE n <= " + INCIDENT_LINES
            + " ORDER BY authority_code, n")
        .collectAsList()
        .forEach(r -> lines.computeIfAbsent(r.getString(0), k -> new ArrayList<>())
            .add(new IncidentLine(r.getString(1), Labels.of(r.getString(2)), r.getString(3),
                Labels.of(r.getString(4)))));
    return lines;
  }

  private static List<CouncilSheet> sheets(List<CouncilRow> rankings,
      Map<String, List<BreakdownRow>> byCategory, Map<String, List<BreakdownRow>> byAction,
      Map<String, List<BreakdownRow>> byYear, Map<String, List<SourceFile>> files,
      Map<String, List<IncidentLine>> lines) {
    List<CouncilSheet> sheets = new ArrayList<>();
    for (CouncilRow row : rankings) {
      String code = row.code();
      sheets.add(new CouncilSheet(row,
          rankWithin(rankings, row, CouncilRow::nation), rankedWithin(rankings, row, CouncilRow::nation),
          row.region() == null ? null : rankWithin(rankings, row, CouncilRow::region),
          row.region() == null ? null : rankedWithin(rankings, row, CouncilRow::region),
          rankWithin(rankings, row, CouncilRow::type), rankedWithin(rankings, row, CouncilRow::type),
          byCategory.getOrDefault(code, List.of()), byAction.getOrDefault(code, List.of()),
          byYear.getOrDefault(code, List.of()), similar(rankings, row),
          files.getOrDefault(code, List.of()), lines.getOrDefault(code, List.of())));
    }
    return sheets;
  }

  private static Map<String, List<BreakdownRow>> perCouncil(SparkSession spark, String key) {
    Map<String, List<BreakdownRow>> m = new HashMap<>();
    spark.sql("SELECT authority_code, " + key + " AS k, coalesce(sum(incident_count), 0) AS b"
            + " FROM incidents GROUP BY authority_code, " + key + " ORDER BY authority_code, b DESC, k")
        .collectAsList()
        .forEach(r -> m.computeIfAbsent(r.getString(0), k -> new ArrayList<>())
            .add(new BreakdownRow(r.getString(1), Labels.of(r.getString(1)), r.getLong(2))));
    return m;
  }

  /** Standard competition rank among ranked councils sharing the group; null when unranked. */
  private static Integer rankWithin(List<CouncilRow> all, CouncilRow row,
      Function<CouncilRow, String> group) {
    if (row.rank() == null || group.apply(row) == null) {
      return null;
    }
    long higher = all.stream()
        .filter(o -> o.rank() != null && group.apply(row).equals(group.apply(o)))
        .filter(o -> o.breaches() > row.breaches())
        .count();
    return (int) higher + 1;
  }

  private static Integer rankedWithin(List<CouncilRow> all, CouncilRow row,
      Function<CouncilRow, String> group) {
    if (group.apply(row) == null) {
      return null;
    }
    return (int) all.stream()
        .filter(o -> o.rank() != null && group.apply(row).equals(group.apply(o))).count();
  }

  /** Councils of the same type nearest in population, ranked ones only. */
  private static List<CouncilRow> similar(List<CouncilRow> all, CouncilRow row) {
    if (row.population() == null) {
      return List.of();
    }
    return all.stream()
        .filter(o -> o != row && o.rank() != null && o.population() != null
            && Objects.equals(o.type(), row.type()))
        .sorted(Comparator.comparingLong((CouncilRow o) -> Math.abs(o.population() - row.population()))
            .thenComparing(CouncilRow::code))
        .limit(SIMILAR)
        .toList();
  }

  @SuppressWarnings("unchecked")
  private static QualitySummary qualitySummary(Map<String, Object> q) {
    Map<String, Object> files = (Map<String, Object>) q.get("file_counts");
    Map<String, Object> rows = (Map<String, Object>) q.get("row_counts");
    Map<String, Object> records = (Map<String, Object>) q.get("record_counts");
    Map<String, Object> corrections = (Map<String, Object>) q.get("corrections");
    Map<String, Long> byReason = new java.util.TreeMap<>();
    ((Map<String, Object>) files.get("rejected_by_reason"))
        .forEach((k, v) -> byReason.merge("File: " + k, ((Number) v).longValue(), Long::sum));
    ((Map<String, Object>) rows.get("rejected_by_reason"))
        .forEach((k, v) -> byReason.merge("Row: " + k, ((Number) v).longValue(), Long::sum));
    ((Map<String, Object>) records.get("excluded_by_reason"))
        .forEach((k, v) -> byReason.merge("Excluded: " + Labels.of(k), ((Number) v).longValue(),
            Long::sum));
    List<String> mismatches = ((List<Map<String, Object>>) q.get("total_mismatches")).stream()
        .map(m -> m.get("file") + ": " + m.get("message")).toList();
    return new QualitySummary(
        ((Number) files.get("in")).longValue(), ((Number) files.get("used")).longValue(),
        ((Number) files.get("nil_return")).longValue(), ((Number) files.get("refused")).longValue(),
        ((Number) files.get("rejected")).longValue(), ((Number) rows.get("in")).longValue(),
        ((Number) records.get("used")).longValue(), ((Number) records.get("excluded")).longValue(),
        ((Number) rows.get("rejected")).longValue(),
        byReason.entrySet().stream().map(e -> new BreakdownRow(e.getKey(), e.getKey(), e.getValue()))
            .toList(),
        mismatches, ((Number) records.get("unmatched_category")).longValue(),
        Stream.of("duplicate", "superseded", "excluded")
            .mapToLong(k -> ((Number) files.get(k)).longValue()).sum(),
        ((Number) records.get("held_for_review")).longValue(),
        ((List<Map<String, Object>>) q.get("held_for_review")).stream().map(RenderStep::held)
            .toList(),
        ((List<Map<String, Object>>) corrections.get("applied")).stream()
            .map(c -> new AppliedCorrection(((Number) c.get("line")).intValue(),
                (String) c.get("target"), (String) c.get("field"), (String) c.get("value"),
                (String) c.get("note"), (String) c.get("effect")))
            .toList(),
        (List<String>) corrections.get("errors"));
  }

  @SuppressWarnings("unchecked")
  private static HeldCouncil held(Map<String, Object> h) {
    return new HeldCouncil((String) h.get("authority_code"), (String) h.get("authority_name"),
        ((Number) h.get("breaches_held")).longValue(),
        ((List<Map<String, Object>>) h.get("reasons")).stream()
            .map(r -> new Hold((String) h.get("authority_code"), (String) r.get("code"),
                (String) r.get("message")))
            .toList());
  }

  private static Integer integer(Object v) {
    return v == null ? null : ((Number) v).intValue();
  }

  private static Long longOrNull(Object v) {
    return v == null ? null : ((Number) v).longValue();
  }

  private static long longOrZero(Object v) {
    return v == null ? 0 : ((Number) v).longValue();
  }
}
