package uk.breachreport.spark;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import uk.breachreport.core.model.Action;
import uk.breachreport.core.model.Authority;
import uk.breachreport.core.report.CouncilRow;
import uk.breachreport.core.report.Rankings;
import uk.breachreport.core.report.Responses;
import uk.breachreport.spark.schema.Rows;

/**
 * AGGREGATE: the headline figures, the league table and the breakdowns. One reviewable query,
 * {@code incident_figures.sql}, makes every figure of the counted records in one pass (view
 * {@code incidents}); what each council answered and the councils by nation, region and type are
 * core's {@link Responses}, from the facts already on the driver; the league table is ranked by
 * core's {@link Rankings}. Every table is a slice of these.
 */
final class AggregateStep {

  /** The headline's council metrics in SPEC's order, each the number of councils of a status. */
  private static final List<Map.Entry<String, String>> COUNCIL_STATUSES = List.of(
      Map.entry("authorities_responded", "RESPONDED"),
      Map.entry("authorities_nil_return", "NIL_RETURN"),
      Map.entry("authorities_refused", "REFUSED"),
      Map.entry("authorities_no_response", "NO_RESPONSE"),
      Map.entry("authorities_held_for_review", "HELD_FOR_REVIEW"));
  /** Then the breaches, then the records' metrics, by their incident_figures names. */
  private static final List<String> RECORD_METRICS = List.of("loss_or_theft",
      "devices_lost_or_stolen", "sent_to_wrong_recipient", "unauthorised_access_or_disclosure",
      "involving_children", "sensitive_data", "disciplinary_any", "resignations", "dismissals",
      "prosecutions", "no_action", "reported_to_ico", "people_affected");
  /** The councils' breakdowns, each by the register's column it is named after. */
  private static final List<Map.Entry<String, Function<Authority, String>>> COUNCIL_GROUPS =
      List.of(Map.entry("nation", Authority::nation), Map.entry("region", Authority::region),
          Map.entry("type", Authority::type));
  private static final List<String> GROUP_COLUMNS = List.of("authorities", "answered", "breaches",
      "per_100k");

  private AggregateStep() {}

  static Tables run(SparkSession spark, Responses.Facts facts) {
    spark.sparkContext().setJobGroup("AGGREGATE", "AGGREGATE totals and rankings", false);
    IncidentFigures figures = new IncidentFigures(
        Sql.run(spark, "incident_figures").collectAsList());
    Map<String, Responses.Counted> counted = new HashMap<>();
    figures.byCouncil().forEach((code, r) -> counted.put(code,
        new Responses.Counted(r.<Long>getAs("records"), r.<Long>getAs("breaches"))));
    List<Responses.Response> responses = Responses.of(facts, counted);
    List<CouncilRow> league = Rankings.league(responses.stream()
        .map(r -> Rows.council(r, figures.byCouncil().get(r.council().code())))
        .toList());
    Map<String, Object> headline = headline(Responses.national(responses), figures);
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
    for (Map.Entry<String, Function<Authority, String>> group : COUNCIL_GROUPS) {
      String name = "by_" + group.getKey();
      tables.put(name, new Tables.Table(name, with(group.getKey(), GROUP_COLUMNS),
          Responses.by(responses, group.getValue()).stream()
              .sorted(Comparator.comparingLong(Responses.Group::breaches).reversed()
                  .thenComparing(Responses.Group::key))
              .map(g -> RowFactory.create(g.key(), g.authorities(), g.answered(), g.breaches(),
                  g.per100k()))
              .toList()));
    }
    return new Tables(tables, Rows.headline(headline), league, figures, responses);
  }

  /**
   * The headline as {@code national_summary.csv} lists it; without a counted record, every
   * record figure is 0.
   */
  private static Map<String, Object> headline(Responses.Group councils, IncidentFigures figures) {
    Map<String, Object> headline = new LinkedHashMap<>();
    headline.put("authorities_in_register", councils.authorities());
    COUNCIL_STATUSES.forEach(m -> headline.put(m.getKey(), councils.withStatus(m.getValue())));
    Function<String, Object> records = column -> figures.national().map(r -> r.getAs(column))
        .orElse(0L);
    headline.put("breaches_total", records.apply("breaches"));
    headline.put("breaches_lower_bound", councils.lowerBound());
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
