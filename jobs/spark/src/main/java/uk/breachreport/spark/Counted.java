package uk.breachreport.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import uk.breachreport.core.quality.ExclusionCode;

/**
 * The records REVIEW counts, and those it takes out, in the shape of NORMALISE's exclusions
 * (file, sheet, row, council, code, reason, the raw description): each decision moves records
 * from one to the other, with its reason.
 */
final class Counted {

  private Dataset<Row> incidents;
  private Dataset<Row> excluded;

  Counted(Dataset<Row> incidents, Dataset<Row> excluded) {
    this.incidents = incidents;
    this.excluded = excluded;
  }

  Dataset<Row> incidents() {
    return incidents;
  }

  Dataset<Row> excluded() {
    return excluded;
  }

  void exclude(Column records, ExclusionCode code, String reason) {
    excluded = excluded.unionByName(incidents.where(records).select(
        col("source_file").as("file"), col("source_sheet").as("sheet"),
        col("source_row").as("row"), col("authority_code"), lit(code.name()).as("code"),
        lit(reason).as("reason"), col("description").as("raw")));
    incidents = incidents.where(records.unary_$bang());
  }

  void add(Dataset<Row> records) {
    incidents = incidents.unionByName(records);
  }
}
