package uk.breachreport.core.words;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import uk.breachreport.core.ReferenceData;
import uk.breachreport.core.ingest.AnswerParser;
import uk.breachreport.core.ingest.FileFormat;
import uk.breachreport.core.model.FileOutcome;
import uk.breachreport.core.model.FileResult;
import uk.breachreport.core.model.ManifestEntry;
import uk.breachreport.core.model.RawRecord;
import uk.breachreport.core.normalise.IncidentNormaliser;
import uk.breachreport.core.normalise.Normalised;
import uk.breachreport.core.normalise.Period;
import uk.breachreport.core.reference.ReferenceSource;

/**
 * A corpus of answers written in councils' voices ({@code expected.csv}: file, council, status,
 * total, lower_bound, notes), read the way the job reads them with the shipped rules: prints the
 * score and the misses, and fails when the answers in formats this build reads fall below the
 * floor. The folder is {@code -Danswers.corpus=DIR} (default the development corpus), the floor
 * {@code -Danswers.floor=0.NN}, the share of readable answers with status and total both right.
 */
class AnswersCorpusTest {

  static final Path REFERENCE =
      Path.of(System.getProperty("project.root", "../.."), "data/reference");
  static final Path CORPUS = Path.of(System.getProperty("answers.corpus",
      "src/test/resources/answers/dev"));
  /** The development corpus's score with the shipped rules, less a little room. */
  static final double FLOOR = Double.parseDouble(System.getProperty("answers.floor", "0.88"));

  private record Expected(int line, String file, String council, String status, String total) {}

  private record Score(int files, int status, int total, int both) {
    Score plus(boolean s, boolean t) {
      return new Score(files + 1, status + (s ? 1 : 0), total + (t ? 1 : 0), both + (s && t ? 1 : 0));
    }

    @Override
    public String toString() {
      return String.format(Locale.ROOT, "status %d, total %d, both %d, out of %d", status, total,
          both, files);
    }
  }

  @Test
  void corpusScoresAtLeastTheFloor() throws IOException {
    ReferenceData reference = ReferenceData.load(
        ReferenceSource.folder(REFERENCE), Period.STUDY);
    AnswerParser parser = new AnswerParser(reference.columns(), reference.statuses(),
        reference.resolver(), reference.evidence());
    IncidentNormaliser normaliser = new IncidentNormaliser(reference.register(),
        reference.taxonomy(), Period.STUDY);
    Score readable = new Score(0, 0, 0, 0);
    Score all = new Score(0, 0, 0, 0);
    List<String> misses = new ArrayList<>();
    for (Expected e : expected()) {
      List<FileResult> parts = parser.parseAll(e.file,
          Files.readAllBytes(CORPUS.resolve(e.file)), e.council.isBlank() ? Optional.empty()
              : Optional.of(new ManifestEntry(e.line, e.file, e.council, null, "")));
      FileResult result = answer(parts);
      String status = status(result);
      String total = status.equals("BREACHES") ? Long.toString(parts.stream()
              .filter(p -> p.outcome() == FileOutcome.USED).mapToLong(p -> total(p, normaliser))
              .sum())
          : status.equals("NIL_RETURN") ? "0" : "";
      boolean statusRight = status.equals(e.status);
      boolean totalRight = total.equals(expectedTotal(e));
      boolean canRead = FileFormat.ofName(e.file) != FileFormat.UNSUPPORTED;
      all = all.plus(statusRight, totalRight);
      if (canRead) {
        readable = readable.plus(statusRight, totalRight);
      }
      if (!statusRight || !totalRight) {
        misses.add(String.format(Locale.ROOT, "%s %s: expected %s %s, got %s %s (%s%s)",
            canRead ? "MISS" : "MISS (format not read yet)", e.file, e.status, e.total, status,
            total, result.layout(), result.reason() == null ? "" : "; " + result.reason()));
      }
    }
    System.out.println("Answers corpus " + CORPUS);
    misses.forEach(System.out::println);
    System.out.println("readable formats: " + readable);
    System.out.println("all formats:      " + all);
    assertTrue(readable.files() > 0, "no answers in a readable format under " + CORPUS);
    assertTrue(readable.both() >= FLOOR * readable.files(), "the rules score " + readable
        + " on readable answers, below the floor of " + FLOOR);
  }

  /** The expected total as the corpus writes it: blank for refusals and rejects. */
  private static String expectedTotal(Expected e) {
    String t = e.total.strip();
    return t.isEmpty() && e.status.equals("NIL_RETURN") ? "0" : t;
  }

  /**
   * What an answer of several parts (an email's body and attachments, a zip's entries) amounts
   * to, as a reader of the whole answer sees it: figures in any part, else a nil return, else a
   * refusal; the part that decides is the one reported.
   */
  private static FileResult answer(List<FileResult> parts) {
    for (FileOutcome outcome : List.of(FileOutcome.USED, FileOutcome.NIL_RETURN,
        FileOutcome.REFUSED)) {
      Optional<FileResult> part = parts.stream().filter(p -> p.outcome() == outcome).findFirst();
      if (part.isPresent()) {
        return part.get();
      }
    }
    return parts.get(0);
  }

  private static String status(FileResult r) {
    return switch (r.outcome()) {
      case USED -> "BREACHES";
      case NIL_RETURN -> "NIL_RETURN";
      case REFUSED -> "REFUSED";
      default -> r.outcome() == FileOutcome.REJECTED ? "REJECT" : r.outcome().name();
    };
  }

  /** Breaches in the period, as the normaliser dates and excludes the file's records. */
  private static long total(FileResult r, IncidentNormaliser normaliser) {
    long sum = 0;
    for (RawRecord raw : r.records()) {
      Normalised n = normaliser.normalise(raw, r.authorityCode(), r.sha256());
      if (!n.isExcluded()) {
        sum += Objects.requireNonNullElse(n.incident().incidentCount(), 0L);
      }
    }
    return sum;
  }

  private static List<Expected> expected() throws IOException {
    try (Reader in = Files.newBufferedReader(CORPUS.resolve("expected.csv"))) {
      List<Expected> rows = new ArrayList<>();
      for (CSVRecord r : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
          .setTrim(true).get().parse(in)) {
        rows.add(new Expected((int) r.getRecordNumber() + 1, r.get("file"), r.get("council"),
            r.get("status").toUpperCase(Locale.ROOT), r.get("total")));
      }
      return rows;
    }
  }
}
