package uk.breachreport.spark.schema;

import static org.apache.spark.sql.types.DataTypes.BooleanType;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.LongType;
import static org.apache.spark.sql.types.DataTypes.StringType;

import java.util.Iterator;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructType;
import uk.breachreport.core.model.FileResult;
import uk.breachreport.core.model.Issue;
import uk.breachreport.core.model.RawRecord;
import uk.breachreport.core.model.RowReject;
import uk.breachreport.core.model.SourceRef;

/**
 * What ingest learnt, as rows of four kinds: one {@code FILE} row per input file (its checksum,
 * council, outcome, layout and row counts), then one row per raw {@code RECORD}, rejected row
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

  public static final StructType RAW_RECORD = new StructType()
      .add("sheet", StringType)
      .add("row", IntegerType, false)
      .add("layout", StringType)
      .add("header_row", IntegerType, false)
      .add("date", StringType)
      .add("financial_year", StringType)
      .add("description", StringType)
      .add("council_category", StringType)
      .add("children", StringType)
      .add("sensitive", StringType)
      .add("action", StringType)
      .add("ico", StringType)
      .add("people", StringType)
      .add("count", LongType)
      .add("suppressed", BooleanType, false);

  public static final StructType ROW_REJECT = new StructType()
      .add("sheet", StringType)
      .add("row", IntegerType, false)
      .add("reason", StringType)
      .add("raw", StringType);

  public static final StructType WARNING = new StructType()
      .add("severity", StringType)
      .add("code", StringType)
      .add("file", StringType)
      .add("sheet", StringType)
      .add("row", IntegerType, false)
      .add("message", StringType);

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

  /** The kind, a FILE row's columns (the first three on every row), then one struct per kind. */
  public static final StructType SCHEMA = withKind(FILE_COLUMNS)
      .add("record", RAW_RECORD)
      .add("reject", ROW_REJECT)
      .add("issue", WARNING);

  private static final int RECORD_COLUMN = SCHEMA.fieldIndex("record");
  private static final int REJECT_COLUMN = SCHEMA.fieldIndex("reject");
  private static final int ISSUE_COLUMN = SCHEMA.fieldIndex("issue");

  private IngestSchema() {}

  /** One file's rows, made as they are consumed: the FILE row, rejects, warnings, then records. */
  public static Iterator<Row> rows(FileResult f) {
    return stream(f).iterator();
  }

  /** The same rows as a stream, for an input file that gives several results (an email, a zip). */
  public static Stream<Row> stream(FileResult f) {
    Stream<Row> file = Stream.of(fileRow(f));
    Stream<Row> rejects = f.rejects().stream().map(r -> row(f, REJECT, REJECT_COLUMN, reject(r)));
    Stream<Row> issues = f.issues().stream().map(i -> row(f, ISSUE, ISSUE_COLUMN, issue(i)));
    Stream<Row> records = f.records().stream().map(r -> row(f, RECORD, RECORD_COLUMN, raw(r)));
    return Stream.concat(Stream.concat(file, rejects), Stream.concat(issues, records));
  }

  public static Row issue(Issue i) {
    return RowFactory.create(i.severity().name(), i.code(), i.source().file(), i.source().sheet(),
        i.source().row(), i.message());
  }

  /** A raw record back from its struct, given the file it belongs to. */
  public static RawRecord rawRecord(String file, Row r) {
    return new RawRecord(new SourceRef(file, r.getString(0), r.getInt(1)), r.getString(2),
        r.getInt(3), r.getString(4), r.getString(5), r.getString(6), r.getString(7),
        r.getString(8), r.getString(9), r.getString(10), r.getString(11), r.getString(12),
        r.isNullAt(13) ? null : r.getLong(13), r.getBoolean(14));
  }

  private static Row fileRow(FileResult f) {
    Object[] values = identity(f, FILE);
    Object[] facts = {f.size(), f.resolvedHow(), f.outcome().name(), f.layout(), f.reason(),
        f.dataRows(), f.rejectedRows(), f.totalsRows(), f.noteRows(), f.lowerBound(),
        f.evidence()};
    System.arraycopy(facts, 0, values, 4, facts.length);
    return RowFactory.create(values);
  }

  private static Row row(FileResult f, String kind, int column, Row value) {
    Object[] values = identity(f, kind);
    values[column] = value;
    return RowFactory.create(values);
  }

  /** A row of the kind with its file's name, checksum and council, everything else null. */
  private static Object[] identity(FileResult f, String kind) {
    Object[] values = new Object[SCHEMA.size()];
    values[0] = kind;
    values[1] = f.file();
    values[2] = f.sha256();
    values[3] = f.authorityCode();
    return values;
  }

  private static StructType withKind(StructType columns) {
    StructType schema = new StructType().add("kind", StringType, false);
    for (var field : columns.fields()) {
      schema = schema.add(field);
    }
    return schema;
  }

  private static Row raw(RawRecord r) {
    return RowFactory.create(r.source().sheet(), r.source().row(), r.layout(), r.headerRow(),
        r.date(), r.financialYear(), r.description(), r.councilCategory(), r.children(),
        r.sensitive(), r.action(), r.ico(), r.people(), r.count(), r.suppressed());
  }

  private static Row reject(RowReject r) {
    return RowFactory.create(r.source().sheet(), r.source().row(), r.reason(), r.raw());
  }
}
