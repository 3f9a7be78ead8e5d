package uk.breachreport.spark;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Future;
import java.util.function.Function;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import uk.breachreport.core.model.Action;
import uk.breachreport.core.report.CouncilRow;
import uk.breachreport.core.report.Rankings;
import uk.breachreport.spark.schema.Rows;

/**
 * AGGREGATE: the headline figures, the league table and the breakdowns. Two reviewable queries,
 * one pass each: {@code incident_figures.sql} over the counted records and
 * {@code response_groups.sql} over the councils; every table is a slice of their rows, and the
 * league table is ranked by core's {@link Rankings}. Expects the views {@code incidents} and
 * {@code responses}.
 */
final class AggregateStep {

  /**
   * The headline's metrics in SPEC's order, by their response_groups and incident_figures names:
   * how many councils (then these), the breaches, then the records'.
   */
  private static final List<String> COUNCIL_METRICS = List.of("authorities_responded",
      "authorities_nil_return", "authorities_refused", "authorities_no_response",
      "authorities_held_for_review");
  private static final List<String> RECORD_METRICS = List.of("loss_or_theft",
      "devices_lost_or_stolen", "sent_to_wrong_recipient", "unauthorised_access_or_disclosure",
      "involving_children", "sensitive_data", "disciplinary_any", "resignations", "dismissals",
      "prosecutions", "no_action", "reported_to_ico", "people_affected");
  private static final List<String> GROUP_COLUMNS = List.of("authorities", "answered", "breaches",
      "per_100k");

  private AggregateStep() {}

  static Tables run(SparkSession spark) {
    spark.sparkContext().setJobGroup("AGGREGATE", "AGGREGATE totals and rankings", false);
    List<Row> groups;
    List<Row> responses;
    IncidentFigures figures;
    try (SideBySide side = new SideBySide()) {
      Future<List<Row>> incidentRows = side.submit(
          () -> Sql.run(spark, "incident_figures").collectAsList());
      Future<List<Row>> groupRows = side.submit(
          () -> Sql.run(spark, "response_groups").collectAsList());
      Future<List<Row>> responseRows = side.submit(
          () -> spark.table("responses").orderBy("authority_code").collectAsList());
      figures = new IncidentFigures(SideBySide.result(incidentRows));
      groups = SideBySide.result(groupRows);
      responses = SideBySide.result(responseRows);
    }
    Map<String, Object> headline = headline(groups, figures);
    List<CouncilRow> league = Rankings.league(responses.stream()
        .map(r -> Rows.council(r, figures.byCouncil().get(r.<String>getAs("authority_code"))))
        .toList());
    Map<String, Tables.Table> tables = new LinkedHashMap<>();
    tables.put("national_summary", new Tables.Table("national_summary", List.of("metric", "value"),
        headline.entrySet().stream().map(e -> RowFactory.create(e.getKey(), e.getValue())).toList()));
    tables.put("council_rankings", new Tables.Table("council_rankings", Rows.COUNCIL_RANKINGS,
        league.stream().map(Rows::councilRankings).toList()));
    List<String> counts = List.of("breaches", "records");
    tables.put("by_category", slice("by_category", figures.family("category"),
        IncidentFigures.LARGEST_FIRST.thenComparing(r -> r.<String>getAs("category")),
        List.of("category", "breaches", "records", "has_suppressed")));
    // Records dated only by the whole period last, after the financial years.
    tables.put("by_year", slice("by_year", figures.family("year"),
        Comparator.comparing((Row r) -> r.getAs("year").equals("whole period"))
            .thenComparing(r -> r.<String>getAs("year")),
        with("year", counts)).named(with("financial_year", counts)));
    tables.put("by_action", slice("by_action", figures.family("action_taken"),
        Comparator.comparing((Row r) -> severity(r.getAs("action_taken")))
            .thenComparing(r -> r.<String>getAs("action_taken")),
        with("action_taken", counts)));
    for (String group : List.of("nation", "region", "type")) {
      List<Row> named = groups.stream().filter(r -> r.getAs("family").equals(group)
          && r.getAs("key") != null && !r.<String>getAs("key").isEmpty()).toList();
      tables.put("by_" + group, slice("by_" + group, named,
          IncidentFigures.LARGEST_FIRST.thenComparing(r -> r.<String>getAs("key")),
          with("key", GROUP_COLUMNS)).named(with(group, GROUP_COLUMNS)));
    }
    return new Tables(tables, Rows.headline(headline), league, figures);
  }

  /**
   * The headline as {@code national_summary.csv} lists it; without a counted record, every
   * record figure is 0.
   */
  private static Map<String, Object> headline(List<Row> groups, IncidentFigures figures) {
    Row councils = groups.stream().filter(r -> r.getAs("family").equals("national")).findFirst()
        .orElseThrow();
    Map<String, Object> headline = new LinkedHashMap<>();
    headline.put("authorities_in_register", councils.getAs("authorities"));
    COUNCIL_METRICS.forEach(m -> headline.put(m, councils.getAs(m)));
    Function<String, Object> records = column -> figures.national().map(r -> r.getAs(column))
        .orElse(0L);
    headline.put("breaches_total", records.apply("breaches"));
    headline.put("breaches_lower_bound", councils.getAs("lower_bound"));
    RECORD_METRICS.forEach(m -> headline.put(m, records.apply(m)));
    return headline;
  }

  /** Core's Action order, most severe first; an action it does not know comes last. */
  private static int severity(String action) {
    for (Action a : Action.values()) {
      if (a.name().equals(action)) {
        return a.ordinal();
      }
    }
    return Integer.MAX_VALUE;
  }

  /** The rows sorted, each cut to {@code columns}, which also head the table. */
  private static Tables.Table slice(String name, List<Row> rows, Comparator<Row> order,
      List<String> columns) {
    return new Tables.Table(name, columns, rows.stream().sorted(order)
        .map(r -> RowFactory.create(columns.stream().map(r::getAs).toArray())).toList());
  }

  private static List<String> with(String first, List<String> rest) {
    List<String> all = new ArrayList<>(List.of(first));
    all.addAll(rest);
    return List.copyOf(all);
  }
}
