package uk.breachreport.spark;

import java.util.List;
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

  /**
   * The report with the notes; written only when there is something to say. {@code files}: the
   * files view's rows, in file order.
   */
  static QualityReport addTo(QualityReport quality, Register register, List<Row> files) {
    List<String> counted = files.stream()
        .filter(r -> r.getAs("resolved_how") != null
            && r.<String>getAs("resolved_how").contains(CouncilResolver.COUNTED_FOR))
        .map(r -> r.getAs("file") + ": " + r.getAs("resolved_how"))
        .toList();
    return quality.withPeriodNotes(counted, register.populationNote().orElse(null));
  }
}
