package uk.breachreport.spark.schema;

import static org.apache.spark.sql.types.DataTypes.BooleanType;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.LongType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.createArrayType;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructType;
import uk.breachreport.core.model.FileResult;
import uk.breachreport.core.model.Issue;
import uk.breachreport.core.model.RawRecord;
import uk.breachreport.core.model.RowReject;
import uk.breachreport.core.model.SourceRef;

/** One row per input file: what ingest learnt, with its raw records, rejects and warnings. */
public final class FileResultSchema {

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

  public static final StructType REJECT = new StructType()
      .add("sheet", StringType)
      .add("row", IntegerType, false)
      .add("reason", StringType)
      .add("raw", StringType);

  public static final StructType ISSUE = new StructType()
      .add("severity", StringType)
      .add("code", StringType)
      .add("file", StringType)
      .add("sheet", StringType)
      .add("row", IntegerType, false)
      .add("message", StringType);

  public static final StructType SCHEMA = new StructType()
      .add("file", StringType, false)
      .add("sha256", StringType)
      .add("size", LongType, false)
      .add("authority_code", StringType)
      .add("resolved_how", StringType)
      .add("outcome", StringType, false)
      .add("layout", StringType)
      .add("reason", StringType)
      .add("records", createArrayType(RAW_RECORD, false))
      .add("rejects", createArrayType(REJECT, false))
      .add("issues", createArrayType(ISSUE, false))
      .add("data_rows", IntegerType, false)
      .add("rejected_rows", IntegerType, false)
      .add("totals_rows", IntegerType, false)
      .add("note_rows", IntegerType, false)
      .add("lower_bound", BooleanType, false);

  private FileResultSchema() {}

  public static Row toRow(FileResult f) {
    return RowFactory.create(f.file(), f.sha256(), f.size(), f.authorityCode(), f.resolvedHow(),
        f.outcome().name(), f.layout(), f.reason(),
        f.records().stream().map(FileResultSchema::raw).toList().toArray(new Row[0]),
        f.rejects().stream().map(FileResultSchema::reject).toList().toArray(new Row[0]),
        f.issues().stream().map(FileResultSchema::issue).toList().toArray(new Row[0]),
        f.dataRows(), f.rejectedRows(), f.totalsRows(), f.noteRows(), f.lowerBound());
  }

  public static Row issue(Issue i) {
    return RowFactory.create(i.severity().name(), i.code(), i.source().file(), i.source().sheet(),
        i.source().row(), i.message());
  }

  private static Row raw(RawRecord r) {
    return RowFactory.create(r.source().sheet(), r.source().row(), r.layout(), r.headerRow(),
        r.date(), r.financialYear(), r.description(), r.councilCategory(), r.children(),
        r.sensitive(), r.action(), r.ico(), r.people(), r.count(), r.suppressed());
  }

  private static Row reject(RowReject r) {
    return RowFactory.create(r.source().sheet(), r.source().row(), r.reason(), r.raw());
  }

  /** A raw record back from its row, given the file it belongs to. */
  public static RawRecord rawRecord(String file, Row r) {
    return new RawRecord(new SourceRef(file, r.getString(0), r.getInt(1)), r.getString(2),
        r.getInt(3), r.getString(4), r.getString(5), r.getString(6), r.getString(7),
        r.getString(8), r.getString(9), r.getString(10), r.getString(11), r.getString(12),
        r.isNullAt(13) ? null : r.getLong(13), r.getBoolean(14));
  }
}
