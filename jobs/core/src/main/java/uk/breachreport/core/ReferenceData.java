package uk.breachreport.core;

import java.io.IOException;
import java.io.Reader;
import java.io.Serializable;
import java.io.UncheckedIOException;
import uk.breachreport.core.layout.BreachEvidence;
import uk.breachreport.core.layout.ColumnRules;
import uk.breachreport.core.layout.StatusRules;
import uk.breachreport.core.normalise.CouncilResolver;
import uk.breachreport.core.normalise.Period;
import uk.breachreport.core.normalise.Register;
import uk.breachreport.core.normalise.Taxonomy;
import uk.breachreport.core.reference.ReferenceSource;

/**
 * Everything in {@code data/reference/} a run needs, loaded once on the driver and shipped to the
 * executors: the register for the run's period, the taxonomy, the column and status rules (with
 * the words that tie a letter's figures to breaches), and what counts as evidence that an answer
 * is about breaches, and the resolver of council names built on the register.
 */
public record ReferenceData(
    Register register, Taxonomy taxonomy, ColumnRules columns, StatusRules statuses,
    BreachEvidence evidence, CouncilResolver resolver)
    implements Serializable {

  public static ReferenceData load(ReferenceSource source, Period period) {
    Taxonomy taxonomy = Taxonomy.load(read(source, "taxonomy.csv"));
    Register register = Register.forPeriod(source, period);
    // Built once: at thousands of councils its name keys take a second to work out.
    return new ReferenceData(
        register,
        taxonomy,
        ColumnRules.load(read(source, "columns.csv")),
        StatusRules.load(read(source, "statuses.csv"), read(source, "words.csv")),
        BreachEvidence.load(read(source, "evidence.csv"), taxonomy),
        new CouncilResolver(register));
  }

  private static Reader read(ReferenceSource source, String name) {
    try {
      return source.open(name);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read reference file " + name + ": " + e.getMessage(), e);
    }
  }
}
