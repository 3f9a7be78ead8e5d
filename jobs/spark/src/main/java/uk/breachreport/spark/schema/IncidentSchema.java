package uk.breachreport.spark.schema;

import static org.apache.spark.sql.types.DataTypes.BooleanType;
import static org.apache.spark.sql.types.DataTypes.DateType;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.LongType;
import static org.apache.spark.sql.types.DataTypes.StringType;

import java.sql.Date;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import uk.breachreport.core.model.Incident;

/**
 * SPEC's unified record, {@code incidents/}: its columns with the names and types promised, then
 * the lineage of the table each record was read from (layout and header row).
 */
public final class IncidentSchema {

  public static final StructType SCHEMA = new StructType()
      .add("authority_code", StringType, false)
      .add("authority_name", StringType, false)
      .add("authority_type", StringType)
      .add("nation", StringType)
      .add("region", StringType)
      .add("financial_year", StringType)
      .add("incident_date", DateType)
      .add("date_precision", StringType, false)
      .add("category", StringType, false)
      .add("channel", StringType)
      .add("incident_count", LongType)
      .add("suppressed", BooleanType, false)
      .add("people_affected", LongType)
      .add("involves_children", BooleanType)
      .add("sensitive_data", BooleanType)
      .add("action_taken", StringType, false)
      .add("reported_to_ico", BooleanType)
      .add("description", StringType)
      .add("source_file", StringType, false)
      .add("source_sheet", StringType)
      .add("source_row", IntegerType, false)
      .add("source_sha256", StringType, false)
      .add("source_layout", StringType)
      .add("source_header_row", IntegerType, false);

  /** A warning about a file, sheet or row: ingest's and normalise's. */
  public static final StructType WARNING = new StructType()
      .add("severity", StringType)
      .add("code", StringType)
      .add("file", StringType)
      .add("sheet", StringType)
      .add("row", IntegerType, false)
      .add("message", StringType);

  /** Incidents and exclusions in one pass: the incident columns, nullable, plus why excluded. */
  public static final StructType NORMALISED = nullable(SCHEMA)
      .add("excluded_because", StringType)
      .add("warnings", DataTypes.createArrayType(WARNING, false))
      .add("correction_line", IntegerType);

  private IncidentSchema() {}

  public static Object[] values(Incident i) {
    return new Object[] {
      i.authorityCode(), i.authorityName(), i.authorityType(), i.nation(), i.region(),
      i.financialYear(), i.incidentDate() == null ? null : Date.valueOf(i.incidentDate()),
      i.datePrecision().name(), i.category().name(),
      i.channel() == null ? null : i.channel().name(), i.incidentCount(), i.suppressed(),
      i.peopleAffected(), i.involvesChildren(), i.sensitiveData(), i.actionTaken().name(),
      i.reportedToIco(), i.description(), i.sourceFile(), i.sourceSheet(), i.sourceRow(),
      i.sourceSha256(), i.sourceLayout(), i.sourceHeaderRow()
    };
  }

  public static Row toRow(Incident i) {
    return RowFactory.create(values(i));
  }

  private static StructType nullable(StructType schema) {
    StructType out = new StructType();
    for (StructField f : schema.fields()) {
      out = out.add(f.name(), f.dataType(), true);
    }
    return out;
  }
}
