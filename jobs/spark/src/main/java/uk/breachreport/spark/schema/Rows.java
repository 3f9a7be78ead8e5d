package uk.breachreport.spark.schema;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import uk.breachreport.core.model.Authority;
import uk.breachreport.core.model.Issue;
import uk.breachreport.core.model.SourceRef;
import uk.breachreport.core.quality.AnswerForms;
import uk.breachreport.core.quality.FileSummary;
import uk.breachreport.core.quality.Plausibility;
import uk.breachreport.core.report.BreakdownRow;
import uk.breachreport.core.report.CouncilRow;
import uk.breachreport.core.report.Headline;
import uk.breachreport.core.report.IncidentLine;
import uk.breachreport.core.report.Labels;
import uk.breachreport.core.report.Rankings;
import uk.breachreport.core.report.SourceFile;

/**
 * The query results of {@code sql/} as core's records, and the league table back as rows: the one
 * place the report's records meet Spark. Columns are read by the names the queries give them.
 */
public final class Rows {

  /** {@code tables/council_rankings.csv}'s columns, in SPEC's order. */
  public static final List<String> COUNCIL_RANKINGS = List.of("rank", "code", "name", "type",
      "nation", "region", "status", "breaches", "per_100k", "rank_per_100k", "children", "devices",
      "disciplinary", "dismissals", "resignations", "prosecutions", "reported_to_ico");

  private Rows() {}

  /** A row of {@code national_summary.sql}. */
  public static Headline headline(Row r) {
    return new Headline(r.getAs("authorities_in_register"), r.getAs("authorities_responded"),
        r.getAs("authorities_nil_return"), r.getAs("authorities_refused"),
        r.getAs("authorities_no_response"), r.getAs("breaches_total"),
        r.getAs("breaches_lower_bound"), r.getAs("loss_or_theft"),
        r.getAs("devices_lost_or_stolen"), r.getAs("sent_to_wrong_recipient"),
        r.getAs("unauthorised_access_or_disclosure"), r.getAs("involving_children"),
        r.getAs("sensitive_data"), r.getAs("disciplinary_any"), r.getAs("resignations"),
        r.getAs("dismissals"), r.getAs("prosecutions"), r.getAs("no_action"),
        r.getAs("reported_to_ico"), r.getAs("people_affected"));
  }

  /** A row of {@code council_rankings.sql}, not yet ranked: {@link Rankings#league} ranks it. */
  public static CouncilRow council(Row r) {
    return new CouncilRow(null, r.getAs("code"), r.getAs("name"), r.getAs("type"),
        r.getAs("nation"), r.getAs("region"), r.getAs("status"), r.getAs("breaches"),
        r.getAs("lower_bound"), r.getAs("per_100k"), null, r.getAs("children"),
        r.getAs("devices"), r.getAs("disciplinary"), r.getAs("dismissals"),
        r.getAs("resignations"), r.getAs("prosecutions"), r.getAs("reported_to_ico"),
        r.getAs("population"));
  }

  /** A league table line as {@link #COUNCIL_RANKINGS}: an unranked council's figures are empty. */
  public static Row councilRankings(CouncilRow c) {
    boolean ranked = c.ranked();
    return RowFactory.create(c.rank(), c.code(), c.name(), c.type(), c.nation(), c.region(),
        c.status(), c.breaches(), c.per100k(), c.rankPer100k(),
        ranked ? c.children() : null, ranked ? c.devices() : null,
        ranked ? c.disciplinary() : null, ranked ? c.dismissals() : null,
        ranked ? c.resignations() : null, ranked ? c.prosecutions() : null,
        ranked ? c.reportedToIco() : null);
  }

  /** A breakdown line: the key in the first column, its breaches in {@code breaches}. */
  public static BreakdownRow breakdown(Row r) {
    String key = String.valueOf((Object) r.get(0));
    int breaches = r.fieldIndex("breaches");
    return new BreakdownRow(key, Labels.of(key),
        r.isNullAt(breaches) ? 0 : ((Number) r.get(breaches)).longValue());
  }

  /** A row of {@code council_breakdown.sql}. */
  public static BreakdownRow breakdownByCouncil(Row r) {
    String key = r.getAs("key");
    return new BreakdownRow(key, Labels.of(key), r.getAs("breaches"));
  }

  /** A row of {@code council_files.sql}. */
  public static SourceFile sourceFile(Row r) {
    return new SourceFile(r.getAs("file"), r.getAs("outcome"), r.getAs("layout"),
        r.getAs("records"), r.getInt(r.fieldIndex("rejected_rows")), r.getAs("reason"),
        r.getAs("resolved_how"));
  }

  /** A row of {@code council_incident_lines.sql}. */
  public static IncidentLine incidentLine(Row r) {
    return new IncidentLine(r.getAs("date"), Labels.of(r.getAs("category")),
        r.getAs("description"), Labels.of(r.getAs("action_taken")));
  }

  /**
   * A row of the files view with its counts from {@code file_records.sql} (null when the file gave
   * no record).
   */
  public static FileSummary fileSummary(Row f, Row counts) {
    return new FileSummary(f.getAs("file"), f.getAs("authority_code"), f.getAs("outcome"),
        f.getAs("layout"), f.getAs("reason"), f.getInt(f.fieldIndex("data_rows")),
        f.getInt(f.fieldIndex("rejected_rows")), f.getInt(f.fieldIndex("totals_rows")),
        f.getInt(f.fieldIndex("note_rows")), count(counts, "records"), count(counts, "excluded"),
        count(counts, "held"), f.getAs("repeats"), f.getAs("evidence"));
  }

  /**
   * The manifest or corrections.csv, with its counts from {@code file_records.sql}: no data rows,
   * but a total set in corrections.csv is a record of that file, counted, excluded or held like
   * any other.
   */
  public static FileSummary controlSummary(String file, String outcome, Row counts) {
    return new FileSummary(file, null, outcome, null, null, 0, 0, 0, 0, count(counts, "records"),
        count(counts, "excluded"), count(counts, "held"), null, null);
  }

  /** A count of a row of {@code file_records.sql}, none without one. */
  private static long count(Row counts, String column) {
    return counts == null ? 0 : counts.getLong(counts.fieldIndex(column));
  }

  /** A key,count query's rows (string key, long count) as a map, in the rows' order. */
  public static Map<String, Long> counts(Dataset<Row> keyCount) {
    Map<String, Long> m = new LinkedHashMap<>();
    keyCount.collectAsList().forEach(r -> m.put(r.getString(0), r.getLong(1)));
    return m;
  }

  /** A row of {@code answer_files.sql}. */
  public static AnswerForms.AnswerFile answerFile(Row r) {
    return new AnswerForms.AnswerFile(r.getAs("authority_code"), r.getAs("source_file"),
        r.getAs("records"), r.getAs("breaches"), Set.copyOf(r.<String>getList(4)));
  }

  /** A row of {@code council_figures.sql}, with the council's type and population. */
  public static Plausibility.CouncilFigures councilFigures(Row r, Optional<Authority> council) {
    Map<String, Long> years = new TreeMap<>();
    r.<Row>getList(r.fieldIndex("years")).forEach(y -> years.put(y.getString(0), y.getLong(1)));
    return new Plausibility.CouncilFigures(r.getAs("authority_code"),
        council.map(Authority::type).orElse(null), council.map(Authority::population).orElse(null),
        r.getAs("breaches"), r.getAs("max_cell"), years);
  }

  /** A row of the issues dataset ({@code severity, code, file, sheet, row, message}). */
  public static Issue issue(Row r) {
    return new Issue(Issue.Severity.valueOf(r.getString(0)), r.getString(1),
        new SourceRef(r.getString(2), r.getString(3), r.getInt(4)), r.getString(5));
  }
}
