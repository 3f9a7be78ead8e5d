package uk.breachreport.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import uk.breachreport.core.ReferenceData;
import uk.breachreport.core.answer.AnswerParser;
import uk.breachreport.core.ingest.Manifest;
import uk.breachreport.core.model.FileResult;
import uk.breachreport.core.model.RawRecord;
import uk.breachreport.core.normalise.IncidentNormaliser;
import uk.breachreport.core.normalise.Normalised;
import uk.breachreport.core.normalise.Period;
import uk.breachreport.core.quality.Corrections;
import uk.breachreport.core.reference.ReferenceSource;

/**
 * The job's reading side on one thread, without Spark: every answer under a folder (or one file)
 * parsed by {@link AnswerParser#parseAll} and every record normalised by
 * {@link IncidentNormaliser}, both built from the reference folder as the Spark job builds them.
 * Prints files, records, and the milliseconds spent parsing and normalising; with
 * {@code --digest}, a SHA-256 of every result's text, so two builds can be shown to agree.
 *
 * <pre>ParseTiming INPUT REFERENCE_DIR [--passes N] [--digest]</pre>
 */
public final class ParseTiming {

  private ParseTiming() {}

  public static void main(String[] args) throws IOException, NoSuchAlgorithmException {
    if (args.length < 2 || !Files.exists(Path.of(args[0]))
        || !Files.isDirectory(Path.of(args[1]))) {
      System.err.println("ParseTiming: expected INPUT REFERENCE_DIR [--passes N] [--digest]; got "
          + String.join(" ", args));
      System.exit(2);
    }
    Path input = Path.of(args[0]);
    int passes = 1;
    boolean digest = false;
    for (int i = 2; i < args.length; i++) {
      if (args[i].equals("--passes")) {
        passes = Integer.parseInt(args[++i]);
      } else if (args[i].equals("--digest")) {
        digest = true;
      }
    }
    long loadStart = System.nanoTime();
    ReferenceData reference = ReferenceData.load(ReferenceSource.folder(Path.of(args[1])),
        Period.STUDY);
    AnswerParser parser = new AnswerParser(reference.columns(), reference.statuses(),
        reference.resolver(), reference.evidence());
    IncidentNormaliser normaliser = new IncidentNormaliser(reference.register(),
        reference.taxonomy(), Period.STUDY);
    Path root = Files.isDirectory(input) ? input : input.getParent();
    Path manifestFile = root.resolve(Manifest.FILE_NAME);
    Manifest manifest = Files.isRegularFile(manifestFile)
        ? Manifest.load(Files.newBufferedReader(manifestFile, StandardCharsets.UTF_8))
        : Manifest.EMPTY;
    List<Path> files;
    try (Stream<Path> walk = Files.walk(input)) {
      files = walk.filter(Files::isRegularFile)
          .filter(f -> !f.equals(manifestFile)
              && !f.equals(root.resolve(Corrections.FILE_NAME)))
          .sorted().toList();
    }
    System.out.printf("reference_ms: %d%n", (System.nanoTime() - loadStart) / 1_000_000);
    for (int pass = 1; pass <= passes; pass++) {
      MessageDigest sha = digest ? MessageDigest.getInstance("SHA-256") : null;
      long parseNanos = 0;
      long normaliseNanos = 0;
      long readNanos = 0;
      long records = 0;
      long results = 0;
      for (Path file : files) {
        String relative = root.relativize(file).toString();
        long t0 = System.nanoTime();
        byte[] bytes = Files.readAllBytes(file);
        long t1 = System.nanoTime();
        List<FileResult> parsed = parser.parseAll(relative, bytes, manifest.forFile(relative));
        long t2 = System.nanoTime();
        for (FileResult r : parsed) {
          results++;
          for (RawRecord raw : r.records()) {
            records++;
            Normalised n = normaliser.normalise(raw, r.authorityCode(), r.sha256());
            if (sha != null) {
              sha.update((raw + "\n" + n).getBytes(StandardCharsets.UTF_8));
            }
          }
          if (sha != null) { // the records are in already: a million of them make no one string
            sha.update(withoutRecords(r).toString().getBytes(StandardCharsets.UTF_8));
          }
        }
        long t3 = System.nanoTime();
        readNanos += t1 - t0;
        parseNanos += t2 - t1;
        normaliseNanos += t3 - t2;
      }
      System.out.printf("pass %d: files: %d results: %d records: %d read_ms: %d parse_ms: %d"
          + " normalise_ms: %d%s%n", pass, files.size(), results, records,
          readNanos / 1_000_000, parseNanos / 1_000_000, normaliseNanos / 1_000_000,
          sha == null ? "" : " digest: " + HexFormat.of().formatHex(sha.digest()));
    }
  }

  private static FileResult withoutRecords(FileResult r) {
    return new FileResult(r.file(), r.sha256(), r.size(), r.authorityCode(), r.resolvedHow(),
        r.outcome(), r.layout(), r.reason(), List.of(), r.rejects(), r.issues(), r.dataRows(),
        r.rejectedRows(), r.totalsRows(), r.noteRows(), r.lowerBound(), r.evidence());
  }
}
