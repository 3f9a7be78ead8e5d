package uk.breachreport.spark.schema;

import static org.apache.spark.sql.types.DataTypes.BooleanType;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.LongType;
import static org.apache.spark.sql.types.DataTypes.StringType;

import org.apache.spark.sql.types.StructType;

/**
 * What ingest learnt, as rows of four kinds: one {@code FILE} row per input file (its checksum,
 * council, outcome, layout and row counts), then one row per normalised {@code RECORD}, rejected row
 * ({@code REJECT}) and warning ({@code ISSUE}) of that file. A record is a row of its own, not an
 * element of an array in its file's row, so a workbook of a million rows is never one value.
 * Every row carries its file's name, checksum and council; the other columns belong to one kind
 * and are null on the others.
 */
public final class IngestSchema {

  public static final String FILE = "FILE";
  public static final String RECORD = "RECORD";
  public static final String REJECT = "REJECT";
  public static final String ISSUE = "ISSUE";

  public static final StructType ROW_REJECT = new StructType()
      .add("sheet", StringType)
      .add("row", IntegerType, false)
      .add("reason", StringType)
      .add("raw", StringType);

  /** The columns of a {@code FILE} row, as the {@code files} view shows them. */
  public static final StructType FILE_COLUMNS = new StructType()
      .add("file", StringType, false)
      .add("sha256", StringType)
      .add("authority_code", StringType)
      .add("size", LongType)
      .add("resolved_how", StringType)
      .add("outcome", StringType)
      .add("layout", StringType)
      .add("reason", StringType)
      .add("data_rows", IntegerType)
      .add("rejected_rows", IntegerType)
      .add("totals_rows", IntegerType)
      .add("note_rows", IntegerType)
      .add("lower_bound", BooleanType)
      .add("evidence", StringType);

  /**
   * The kind, a FILE row's columns (the first three on every row), then one struct per kind: a
   * record is normalised where it was read ({@link IncidentSchema#NORMALISED}), so it leaves the
   * executor in its final form.
   */
  public static final StructType SCHEMA = withKind(FILE_COLUMNS)
      .add("record", IncidentSchema.NORMALISED)
      .add("reject", ROW_REJECT)
      .add("issue", IncidentSchema.WARNING);

  private IngestSchema() {}

  private static StructType withKind(StructType columns) {
    StructType schema = new StructType().add("kind", StringType, false);
    for (var field : columns.fields()) {
      schema = schema.add(field);
    }
    return schema;
  }
}
