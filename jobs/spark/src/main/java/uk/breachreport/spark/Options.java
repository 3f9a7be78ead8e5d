package uk.breachreport.spark;

import java.net.URI;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.Optional;
import org.apache.hadoop.fs.Path;
import uk.breachreport.core.normalise.Period;
import uk.breachreport.core.normalise.Register;

/**
 * The job's command line, parsed and validated once. Paths may be local or any Hadoop file-system
 * URI ({@code file:}, {@code hdfs:}, {@code s3a:}).
 */
public record Options(String input, String output, Period period, Optional<String> master,
    Optional<String> reference, Optional<String> compare) {

  public Options(String input, String output, Period period, Optional<String> master,
      Optional<String> reference) {
    this(input, output, period, master, reference, Optional.empty());
  }

  public static final String USAGE = String.join("\n",
      "usage: breach-report --input DIR_OR_URI --output DIR [--period FROM..TO] [--master URL]",
      "                     [--reference DIR] [--compare DIR]",
      "  --input      folder of FOI answers (recursive); local path, file:, hdfs: or s3a: URI",
      "  --output     where the dataset, tables and report are written (replaced on success)",
      "  --period     the request's period, both ends inclusive, from 2009-04-01 to today",
      "               (default 2011-04-01..2014-03-31)",
      "  --master     Spark master when not run by spark-submit (e.g. local[*], spark://host:7077)",
      "  --reference  folder with edited reference data (default: the copy inside the jar)",
      "  --compare    an earlier survey's output folder: tables/change.csv compares with it",
      "  --help       this text");

  /** A usage error; its message is the one line printed before exiting. */
  public static final class UsageException extends Exception {
    public UsageException(String message) {
      super(message);
    }
  }

  /** Parsed options, or empty when --help was asked for. */
  public static Optional<Options> parse(String... args) throws UsageException {
    String input = null;
    String output = null;
    Period period = Period.STUDY;
    String master = null;
    String reference = null;
    String compare = null;
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      if (arg.equals("--help") || arg.equals("-h")) {
        return Optional.empty();
      }
      if (!arg.startsWith("--")) {
        throw new UsageException("unexpected argument '" + arg + "' (see --help)");
      }
      if (i + 1 >= args.length || args[i + 1].startsWith("--")) {
        throw new UsageException("option " + arg + " needs a value (see --help)");
      }
      String value = args[++i];
      switch (arg) {
        case "--input" -> input = value;
        case "--output" -> output = value;
        case "--period" -> period = period(value);
        case "--master" -> master = value;
        case "--reference" -> reference = value;
        case "--compare" -> compare = compare(value);
        default -> throw new UsageException("unknown option " + arg + " (see --help)");
      }
    }
    if (input == null || output == null) {
      throw new UsageException("--input and --output are required (see --help)");
    }
    return Optional.of(new Options(input, output, period, Optional.ofNullable(master),
        Optional.ofNullable(reference), Optional.ofNullable(compare)));
  }

  private static Period period(String value) throws UsageException {
    Period period;
    try {
      period = Period.parse(value);
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
    LocalDate today = LocalDate.now();
    if (period.from().isBefore(Register.FIRST_DAY) || period.to().isAfter(today)) {
      throw new UsageException("period " + period + " is outside " + Register.FIRST_DAY + ".." + today
          + ", the days the register of councils covers");
    }
    return period;
  }

  /**
   * A local folder must hold an earlier run's tables; other file systems are checked when read
   * ({@link CompareStep}).
   */
  private static String compare(String value) throws UsageException {
    URI uri;
    try {
      uri = new Path(value).toUri();
    } catch (IllegalArgumentException e) {
      throw new UsageException("--compare " + value + " is not a folder: " + e.getMessage());
    }
    if (uri.getScheme() == null || uri.getScheme().equals("file")) {
      for (String table : CompareStep.TABLES) {
        if (!Files.isRegularFile(java.nio.file.Path.of(uri.getPath(), table))) {
          throw new UsageException("--compare " + value + " has no " + table
              + "; give the output folder of an earlier run");
        }
      }
    }
    return value;
  }
}
