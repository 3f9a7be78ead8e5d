package uk.breachreport.spark;

import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import uk.breachreport.core.report.CouncilRow;
import uk.breachreport.core.report.Headline;
import uk.breachreport.core.report.Responses;

/**
 * The aggregate tables, collected to the driver (each at most one row per authority), in the
 * order SPEC lists them; {@code name} is the CSV file name under {@code tables/}. The headline and
 * the ranked league table are also kept as core's records, for the report, and the figures they
 * were cut from, for the factsheets and quality.json, and what each council answered, for
 * {@code responses/}.
 */
record Tables(Map<String, Table> byName, Headline headline, List<CouncilRow> league,
    IncidentFigures figures, List<Responses.Response> responses) {

  record Table(String name, List<String> columns, List<Row> rows) {

    /** The same rows under other column names. */
    Table named(List<String> header) {
      return new Table(name, header, rows);
    }

    int column(String column) {
      return columns.indexOf(column);
    }
  }

  Table get(String name) {
    return byName.get(name);
  }
}
