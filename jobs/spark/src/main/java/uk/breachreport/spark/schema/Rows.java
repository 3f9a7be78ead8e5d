package uk.breachreport.spark.schema;

import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import uk.breachreport.core.model.Authority;
import uk.breachreport.core.model.Issue;
import uk.breachreport.core.model.SourceRef;
import uk.breachreport.core.quality.FileSummary;
import uk.breachreport.core.quality.RecordCells;
import uk.breachreport.core.report.BreakdownRow;
import uk.breachreport.core.report.CouncilRow;
import uk.breachreport.core.report.Headline;
import uk.breachreport.core.report.IncidentLine;
import uk.breachreport.core.report.Labels;
import uk.breachreport.core.report.Rankings;
import uk.breachreport.core.report.Responses;
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

  /** The headline metrics, by the names {@code national_summary.csv} gives them. */
  public static Headline headline(Map<String, Object> m) {
    return new Headline((long) m.get("authorities_in_register"),
        (long) m.get("authorities_responded"), (long) m.get("authorities_nil_return"),
        (long) m.get("authorities_refused"), (long) m.get("authorities_no_response"),
        (long) m.get("breaches_total"), (boolean) m.get("breaches_lower_bound"),
        (long) m.get("loss_or_theft"), (long) m.get("devices_lost_or_stolen"),
        (long) m.get("sent_to_wrong_recipient"), (long) m.get("unauthorised_access_or_disclosure"),
        (long) m.get("involving_children"), (long) m.get("sensitive_data"),
        (long) m.get("disciplinary_any"), (long) m.get("resignations"), (long) m.get("dismissals"),
        (long) m.get("prosecutions"), (long) m.get("no_action"), (long) m.get("reported_to_ico"),
        (long) m.get("people_affected"));
  }

  /**
   * A council's response with its figures from {@code incident_figures.sql} (null when it has no
   * counted record), not yet ranked: {@link Rankings#league} ranks it. Only a council that
   * answered (responded, nil return) has a figure and a rate.
   */
  public static CouncilRow council(Responses.Response r, Row figures) {
    Authority c = r.council();
    long breaches = count(figures, "breaches");
    return new CouncilRow(null, c.code(), c.name(), c.type(), c.nation(), c.region(), r.status(),
        r.answered() ? breaches : null, r.lowerBound(),
        r.answered() ? Rankings.per100k(breaches, c.population()) : null, null,
        count(figures, "involving_children"), count(figures, "devices_lost_or_stolen"),
        count(figures, "disciplinary"), count(figures, "dismissals"),
        count(figures, "resignations"), count(figures, "prosecutions"),
        count(figures, "reported_to_ico"), c.population());
  }

  /** A row of the files view as {@link Responses} counts it. */
  public static Responses.File responseFile(Row f) {
    return new Responses.File(f.getAs("authority_code"), f.getAs("file"), f.getAs("outcome"),
        f.isNullAt(f.fieldIndex("rejected_rows")) ? 0
            : f.<Number>getAs("rejected_rows").longValue(),
        Boolean.TRUE.equals(f.getAs("lower_bound")));
  }

  /** A line of {@code responses/} as {@link Views#RESPONSES} has it. */
  public static Row response(Responses.Response r) {
    Authority c = r.council();
    return RowFactory.create(c.code(), c.name(), c.type(), c.nation(), c.region(),
        c.population(), r.status(), r.files(), r.filesUsed(), r.filesRejected(), r.records(),
        r.breaches(), r.rejectedRows(), r.lowerBound(),
        r.fileNames(), r.manifestNote(), r.holdReason(),
        r.breachesHeld(), r.correctionNote());
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

  /** A breakdown line: the key in the first column, its breaches in column {@code breaches}. */
  public static BreakdownRow breakdown(Row r, int breaches) {
    String key = String.valueOf((Object) r.get(0));
    return new BreakdownRow(key, Labels.of(key),
        r.isNullAt(breaches) ? 0 : ((Number) r.get(breaches)).longValue());
  }

  /** A row of the files view, with the records it gave. */
  public static SourceFile sourceFile(Row r, long records) {
    return new SourceFile(r.getAs("file"), r.getAs("outcome"), r.getAs("layout"), records,
        r.getInt(r.fieldIndex("rejected_rows")), r.getAs("reason"), r.getAs("resolved_how"));
  }

  /** A row of {@code council_incident_lines.sql}. */
  public static IncidentLine incidentLine(Row r) {
    return new IncidentLine(r.getAs("date"), Labels.of(r.getAs("category")),
        r.getAs("description"), Labels.of(r.getAs("action_taken")));
  }

  /** A row of the files view with its records counted, excluded and held. */
  public static FileSummary fileSummary(Row f, FileRecords records) {
    return new FileSummary(f.getAs("file"), f.getAs("authority_code"), f.getAs("outcome"),
        f.getAs("layout"), f.getAs("reason"), f.getInt(f.fieldIndex("data_rows")),
        f.getInt(f.fieldIndex("rejected_rows")), f.getInt(f.fieldIndex("totals_rows")),
        f.getInt(f.fieldIndex("note_rows")), records.counted(), records.excluded(),
        records.held(), f.getAs("repeats"), f.getAs("evidence"));
  }

  /**
   * The manifest or corrections.csv: no data rows, but a total set in corrections.csv is a record
   * of that file, counted, excluded or held like any other.
   */
  public static FileSummary controlSummary(String file, String outcome, FileRecords records) {
    return new FileSummary(file, null, outcome, null, null, 0, 0, 0, 0, records.counted(),
        records.excluded(), records.held(), null, null);
  }

  /** A file's records as quality.json counts them. */
  public record FileRecords(long counted, long excluded, long held) {}

  /** A long column of a row, 0 without a row. */
  private static long count(Row row, String column) {
    return row == null ? 0 : row.getLong(row.fieldIndex(column));
  }

  /** A row of {@code record_cells.sql}. */
  public static RecordCells.Cell cell(Row r) {
    return new RecordCells.Cell(r.getAs("authority_code"), r.getAs("source_file"),
        r.getAs("financial_year"), r.getAs("counted"), r.getAs("correction_line"),
        r.getAs("records"), r.getAs("breaches"), r.getAs("max_cell"));
  }

  /** A row of the issues dataset ({@code severity, code, file, sheet, row, message}). */
  public static Issue issue(Row r) {
    return new Issue(Issue.Severity.valueOf(r.getString(0)), r.getString(1),
        new SourceRef(r.getString(2), r.getString(3), r.getInt(4)), r.getString(5));
  }
}
