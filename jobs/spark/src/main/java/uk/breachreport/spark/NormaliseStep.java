package uk.breachreport.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructType;
import uk.breachreport.core.model.FileResult;
import uk.breachreport.core.model.RawRecord;
import uk.breachreport.core.normalise.IncidentNormaliser;
import uk.breachreport.core.normalise.Normalised;
import uk.breachreport.core.quality.Corrections;
import uk.breachreport.core.quality.ExclusionCode;
import uk.breachreport.spark.schema.IncidentSchema;
import uk.breachreport.spark.schema.IngestRows;

/**
 * NORMALISE: each raw record of a used file becomes an incident of SPEC's unified record, or an
 * exclusion (outside the period, or by a line of corrections.csv) with its reason, after the
 * analyst's corrections of its row; warnings about unreadable values ride along. A record is
 * normalised in the ingest task that read it ({@link Records}); this step splits the results.
 */
final class NormaliseStep {

  /** {@code records}: all of them, as ingest normalised them (REVIEW sums them). */
  record Result(Dataset<Row> records, Dataset<Row> incidents, Dataset<Row> excluded,
      Dataset<Row> warnings) {}

  private NormaliseStep() {}

  /** Ingest's records: the file name, then {@link IncidentSchema#NORMALISED}'s columns. */
  static Result run(Dataset<Row> records) {
    records.sparkSession().sparkContext().setJobGroup("NORMALISE", "NORMALISE records", false);
    Column[] incidentColumns = Arrays.stream(IncidentSchema.SCHEMA.fieldNames())
        .map(org.apache.spark.sql.functions::col).toArray(Column[]::new);
    Dataset<Row> incidents = records.where(col("excluded_because").isNull())
        .select(incidentColumns);
    Dataset<Row> excluded = records.where(col("excluded_because").isNotNull())
        .select(col("source_file").as("file"), col("source_sheet").as("sheet"),
            col("source_row").as("row"), col("authority_code"),
            when(col("correction_line").isNotNull(), lit(ExclusionCode.EXCLUDED_BY_CORRECTION.name()))
                .otherwise(lit(ExclusionCode.OUTSIDE_PERIOD.name())).as("code"),
            col("excluded_because").as("reason"), col("description").as("raw"));
    Dataset<Row> warnings = records.select(explode(col("warnings")).as("w")).select("w.*");
    return new Result(records, incidents, excluded, warnings);
  }

  /** Records per part of {@code incidents/} at most, as parts are merged: a survey's are one. */
  static final long RECORDS_PER_PART = 500_000;

  /**
   * The dataset's order on disk: in each part, as the answers gave the records. The
   * {@code count} records' partitions merged into parts of about {@link #RECORDS_PER_PART} and
   * each sorted where it is (a task reads whole answers, so an answer's records are in one part):
   * a global sort added a sampling job and a shuffle of every record (docs/profile.md).
   */
  static Dataset<Row> inSourceOrder(Dataset<Row> incidents, long count) {
    int parts = (int) Math.max(1, (count + RECORDS_PER_PART - 1) / RECORDS_PER_PART);
    return incidents.coalesce(parts).sortWithinPartitions("source_file", "source_sheet",
        "source_row", "financial_year", "category");
  }

  /**
   * Normalises one raw record where it was read, into a row of {@link IncidentSchema#NORMALISED}.
   * Broadcast: the taxonomy's regular expressions compiled once per executor JVM, not per task.
   * Not final: a test counts the records it is given.
   */
  static class Records implements Serializable {
    private static final long serialVersionUID = 1L;
    private final Broadcast<IncidentNormaliser> normaliser;
    private final Broadcast<Corrections> corrections;

    Records(Broadcast<IncidentNormaliser> normaliser, Broadcast<Corrections> corrections) {
      this.normaliser = normaliser;
      this.corrections = corrections;
    }

    Row normalise(FileResult file, RawRecord raw) {
      Normalised n = normaliser.value().normalise(raw, file.authorityCode(), file.sha256());
      Row[] warnings = n.warnings().stream().map(IngestRows::issue).toArray(Row[]::new);
      // The analyst's corrections apply to records that would be counted.
      Corrections.Edited edited = n.isExcluded() ? new Corrections.Edited(null,
          n.excludedBecause(), null) : corrections.value().edit(n.incident());
      Object[] values = edited.incident() == null ? excluded(raw, file)
          : IncidentSchema.values(edited.incident());
      Object[] withReason = Arrays.copyOf(values, values.length + 3);
      withReason[values.length] = edited.excludedBecause();
      withReason[values.length + 1] = warnings;
      withReason[values.length + 2] = edited.line();
      return RowFactory.create(withReason);
    }

    /** Only what identifies an excluded record: its council, where it came from, what it said. */
    private static Object[] excluded(RawRecord raw, FileResult file) {
      Object[] values = new Object[IncidentSchema.SCHEMA.size()];
      StructType s = IncidentSchema.SCHEMA;
      values[s.fieldIndex("authority_code")] = file.authorityCode();
      values[s.fieldIndex("source_file")] = raw.source().file();
      values[s.fieldIndex("source_sheet")] = raw.source().sheet();
      values[s.fieldIndex("source_row")] = raw.source().row();
      values[s.fieldIndex("source_sha256")] = file.sha256();
      values[s.fieldIndex("description")] = String.join(" | ", nonNull(raw.date(),
          raw.financialYear(), raw.description(), raw.councilCategory(),
          raw.count() == null ? null : raw.count().toString()));
      return values;
    }

    private static List<String> nonNull(String... values) {
      return Arrays.stream(values).filter(v -> v != null).toList();
    }
  }
}
