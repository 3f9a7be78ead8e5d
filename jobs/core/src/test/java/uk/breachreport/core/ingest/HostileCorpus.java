package uk.breachreport.core.ingest;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes every {@link HostileFiles hostile file} into a folder, so the whole job can be run on
 * the sample plus these: it must exit 0, keep the sample's figures, and list each file in
 * rejects/ with the reason given here. No file names a council.
 *
 * <pre>
 * HostileCorpus DIR [--expected FILE]
 *   DIR              where the files go (created; files of the same names are replaced)
 *   --expected FILE  also write file,reason (the reason or its fixed start) as CSV; keep it
 *                    outside DIR, or the job reads it as an answer
 * </pre>
 *
 * The XML-entity files point at {@code file:///etc/passwd}: "root:" must appear nowhere in the
 * job's output.
 */
public final class HostileCorpus {

  static final String ENTITY_TARGET = "file:///etc/passwd";

  private HostileCorpus() {}

  public static void main(String... args) throws IOException {
    if (args.length != 1 && !(args.length == 3 && args[1].equals("--expected"))) {
      throw new IllegalArgumentException("usage: HostileCorpus DIR [--expected FILE]; got "
          + List.of(args));
    }
    Path dir = Path.of(args[0]);
    Files.createDirectories(dir);
    List<HostileFiles.Hostile> files = HostileFiles.all(ENTITY_TARGET);
    for (HostileFiles.Hostile h : files) {
      Files.write(dir.resolve(h.file()), h.bytes().get());
      System.out.println(h.file() + "\t" + h.reason());
    }
    if (args.length == 3) {
      try (Writer out = Files.newBufferedWriter(Path.of(args[2]), StandardCharsets.UTF_8);
          CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder()
              .setHeader("file", "reason").get())) {
        for (HostileFiles.Hostile h : files) {
          csv.printRecord(h.file(), h.reason());
        }
      }
    }
    System.err.println(files.size() + " hostile files written to " + dir);
  }
}
