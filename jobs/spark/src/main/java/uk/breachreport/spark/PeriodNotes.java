package uk.breachreport.spark;

import static org.apache.spark.sql.functions.col;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import uk.breachreport.core.normalise.CouncilResolver;
import uk.breachreport.core.normalise.Register;
import uk.breachreport.core.quality.QualityReport;

/**
 * What quality.json says about the period: the answers of abolished councils counted for their
 * successors (file, and how: "name in file name: Taunton Deane Borough Council, abolished
 * 2019-03-31, counted for Somerset Council"), and a population far from the period's years.
 */
final class PeriodNotes {

  private PeriodNotes() {}

  /** The report with the notes; written only when there is something to say. */
  static QualityReport addTo(QualityReport quality, Register register, Dataset<Row> files) {
    List<String> counted = files.where(col("resolved_how").contains(CouncilResolver.COUNTED_FOR))
        .orderBy("file").select("file", "resolved_how").collectAsList().stream()
        .map(r -> r.getString(0) + ": " + r.getString(1))
        .toList();
    return quality.withPeriodNotes(counted, register.populationNote().orElse(null));
  }
}
