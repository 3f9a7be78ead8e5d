import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.hadoop.ParquetReader;
import org.apache.parquet.hadoop.example.GroupReadSupport;
import org.apache.parquet.schema.GroupType;

/**
 * Compares the rows of two Parquet folders whatever their partitioning: each row as one line of
 * "name=value" columns, sorted, then line by line. Prints the row counts and the first
 * differences; exits 1 when they differ. Flat schemas only; no Spark needed. Run in source mode
 * on the Spark classpath (scripts/test-cluster does):
 *
 * <pre>java -cp "$(cat jobs/spark/target/spark-classpath.txt)" scripts/ParquetRows.java DIR_A DIR_B</pre>
 */
public final class ParquetRows {

  private static final int DIFFERENCES_SHOWN = 5;

  public static void main(String[] args) throws IOException {
    if (args.length != 2 || !Files.isDirectory(Path.of(args[0])) || !Files.isDirectory(Path.of(args[1]))) {
      System.err.println("ParquetRows: expected two Parquet folders, got " + String.join(" ", args));
      System.exit(2);
    }
    List<String> a = rows(Path.of(args[0]));
    List<String> b = rows(Path.of(args[1]));
    List<String> onlyA = new ArrayList<>(a);
    onlyA.removeAll(b);
    List<String> onlyB = new ArrayList<>(b);
    onlyB.removeAll(a);
    if (a.equals(b)) {
      System.out.printf("%s and %s: the same %d rows%n", args[0], args[1], a.size());
      return;
    }
    System.out.printf("%s has %d rows, %s has %d: they differ%n", args[0], a.size(), args[1], b.size());
    onlyA.stream().limit(DIFFERENCES_SHOWN).forEach(r -> System.out.println("only in " + args[0] + ": " + r));
    onlyB.stream().limit(DIFFERENCES_SHOWN).forEach(r -> System.out.println("only in " + args[1] + ": " + r));
    System.exit(1);
  }

  static List<String> rows(Path folder) throws IOException {
    List<Path> parts;
    try (Stream<Path> files = Files.list(folder)) {
      parts = files.filter(p -> p.getFileName().toString().endsWith(".parquet")).sorted().toList();
    }
    List<String> lines = new ArrayList<>();
    for (Path part : parts) {
      try (ParquetReader<Group> reader = ParquetReader.builder(new GroupReadSupport(),
          new org.apache.hadoop.fs.Path(part.toUri())).withConf(new Configuration()).build()) {
        for (Group row = reader.read(); row != null; row = reader.read()) {
          lines.add(line(row));
        }
      }
    }
    lines.sort(null);
    return lines;
  }

  /** A null (absent) value prints as "name=" with nothing after it. */
  private static String line(Group row) {
    GroupType type = row.getType();
    StringBuilder out = new StringBuilder();
    for (int field = 0; field < type.getFieldCount(); field++) {
      if (field > 0) {
        out.append('\t');
      }
      out.append(type.getFieldName(field)).append('=');
      if (row.getFieldRepetitionCount(field) > 0) {
        out.append(row.getValueToString(field, 0).replace("\t", "\\t").replace("\n", "\\n"));
      }
    }
    return out.toString();
  }
}
