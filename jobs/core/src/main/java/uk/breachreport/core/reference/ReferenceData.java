package uk.breachreport.core.reference;

import java.io.IOException;
import java.io.Reader;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import org.apache.commons.csv.CSVRecord;
import uk.breachreport.core.layout.ColumnRules;
import uk.breachreport.core.layout.StatusRules;
import uk.breachreport.core.normalise.CouncilResolver;
import uk.breachreport.core.normalise.Period;
import uk.breachreport.core.normalise.Register;
import uk.breachreport.core.normalise.Taxonomy;

/**
 * Everything in {@code data/reference/} a run needs, loaded once on the driver and shipped to the
 * executors: the register for the run's period, the taxonomy, the column and status rules.
 */
public record ReferenceData(
    Register register, Taxonomy taxonomy, ColumnRules columns, StatusRules statuses)
    implements Serializable {

  /** Opens a reference file by name, wherever the files live (a folder, the classpath, HDFS). */
  @FunctionalInterface
  public interface Source {
    Reader open(String name) throws IOException;
  }

  public static ReferenceData load(Source source, Period period) {
    return new ReferenceData(
        Register.load(read(source, registerFor(source, period))),
        Taxonomy.load(read(source, "taxonomy.csv")),
        ColumnRules.load(read(source, "columns.csv")),
        StatusRules.load(read(source, "statuses.csv")));
  }

  public CouncilResolver resolver() {
    return new CouncilResolver(register);
  }

  /** The register whose validity ({@code registers.csv}) covers the whole period. */
  static String registerFor(Source source, Period period) {
    List<CSVRecord> registers = ReferenceCsv.read(read(source, "registers.csv"));
    for (CSVRecord r : registers) {
      LocalDate from = LocalDate.parse(r.get("valid_from"));
      LocalDate to = LocalDate.parse(r.get("valid_to"));
      if (!period.from().isBefore(from) && !period.to().isAfter(to)) {
        return r.get("file");
      }
    }
    throw new IllegalArgumentException("no register in registers.csv covers the period " + period
        + "; available: " + registers.stream()
            .map(r -> r.get("file") + " (" + r.get("valid_from") + ".." + r.get("valid_to") + ")")
            .toList());
  }

  private static Reader read(Source source, String name) {
    try {
      return source.open(name);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read reference file " + name + ": " + e.getMessage(), e);
    }
  }
}
