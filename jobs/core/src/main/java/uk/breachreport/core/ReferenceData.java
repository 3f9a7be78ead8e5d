package uk.breachreport.core;

import java.io.IOException;
import java.io.Reader;
import java.io.Serializable;
import java.io.UncheckedIOException;
import uk.breachreport.core.layout.ColumnRules;
import uk.breachreport.core.layout.StatusRules;
import uk.breachreport.core.normalise.CouncilResolver;
import uk.breachreport.core.normalise.Period;
import uk.breachreport.core.normalise.Register;
import uk.breachreport.core.normalise.Taxonomy;
import uk.breachreport.core.reference.ReferenceSource;

/**
 * Everything in {@code data/reference/} a run needs, loaded once on the driver and shipped to the
 * executors: the register for the run's period, the taxonomy, the column and status rules
 * (with the words that tie a letter's figures to breaches).
 */
public record ReferenceData(
    Register register, Taxonomy taxonomy, ColumnRules columns, StatusRules statuses)
    implements Serializable {

  public static ReferenceData load(ReferenceSource source, Period period) {
    return new ReferenceData(
        Register.forPeriod(source, period),
        Taxonomy.load(read(source, "taxonomy.csv")),
        ColumnRules.load(read(source, "columns.csv")),
        StatusRules.load(read(source, "statuses.csv"), read(source, "words.csv")));
  }

  public CouncilResolver resolver() {
    return new CouncilResolver(register);
  }

  private static Reader read(ReferenceSource source, String name) {
    try {
      return source.open(name);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read reference file " + name + ": " + e.getMessage(), e);
    }
  }
}
