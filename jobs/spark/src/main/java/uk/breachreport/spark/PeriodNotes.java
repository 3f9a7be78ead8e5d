package uk.breachreport.spark;

import static org.apache.spark.sql.functions.col;

import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import uk.breachreport.core.normalise.Register;

/**
 * What quality.json says about the period: the answers of abolished councils counted for their
 * successors (file, and how: "name in file name: Taunton Deane Borough Council, abolished
 * 2019-03-31, counted for Somerset Council"), and a population far from the period's years.
 */
final class PeriodNotes {

  static final String COUNTED_FOR_SUCCESSOR = "counted_for_successor";
  static final String POPULATION_NOTE = "population_note";

  private PeriodNotes() {}

  /** Adds the keys only when there is something to say, so a run without either is unchanged. */
  static void addTo(Map<String, Object> quality, Register register, Dataset<Row> files) {
    List<String> counted = files.where(col("resolved_how").contains(", counted for "))
        .orderBy("file").select("file", "resolved_how").collectAsList().stream()
        .map(r -> r.getString(0) + ": " + r.getString(1))
        .toList();
    if (!counted.isEmpty()) {
      quality.put(COUNTED_FOR_SUCCESSOR, counted);
    }
    register.populationNote().ifPresent(note -> quality.put(POPULATION_NOTE, note));
  }
}
