package uk.breachreport.spark.schema;

import static uk.breachreport.spark.schema.IngestSchema.FILE;
import static uk.breachreport.spark.schema.IngestSchema.ISSUE;
import static uk.breachreport.spark.schema.IngestSchema.RECORD;
import static uk.breachreport.spark.schema.IngestSchema.REJECT;
import static uk.breachreport.spark.schema.IngestSchema.SCHEMA;

import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import uk.breachreport.core.model.FileResult;
import uk.breachreport.core.model.Issue;
import uk.breachreport.core.model.RawRecord;
import uk.breachreport.core.model.RowReject;

/** Core's per-file results as rows of {@link IngestSchema}. */
public final class IngestRows {

  private static final int RECORD_COLUMN = SCHEMA.fieldIndex("record");
  private static final int REJECT_COLUMN = SCHEMA.fieldIndex("reject");
  private static final int ISSUE_COLUMN = SCHEMA.fieldIndex("issue");

  private IngestRows() {}

  /**
   * One file's rows, made as they are consumed: the FILE row, rejects, warnings, then each record
   * as {@code normalised} makes it (a stream, for an input file that gives several results: an
   * email, a zip).
   */
  public static Stream<Row> stream(FileResult f, BiFunction<FileResult, RawRecord, Row> normalised) {
    Stream<Row> file = Stream.of(fileRow(f));
    Stream<Row> rejects = f.rejects().stream().map(r -> row(f, REJECT, REJECT_COLUMN, reject(r)));
    Stream<Row> issues = f.issues().stream().map(i -> row(f, ISSUE, ISSUE_COLUMN, issue(i)));
    Stream<Row> records = f.records().stream()
        .map(r -> row(f, RECORD, RECORD_COLUMN, normalised.apply(f, r)));
    return Stream.concat(Stream.concat(file, rejects), Stream.concat(issues, records));
  }

  public static Row issue(Issue i) {
    return RowFactory.create(i.severity().name(), i.code(), i.source().file(), i.source().sheet(),
        i.source().row(), i.message());
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

  private static Row reject(RowReject r) {
    return RowFactory.create(r.source().sheet(), r.source().row(), r.reason(), r.raw());
  }
}
