package uk.breachreport.core.quality;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.ToLongFunction;
import java.util.stream.Collectors;
import uk.breachreport.core.model.FileOutcome;
import uk.breachreport.core.model.Issue;

/**
 * {@code quality.json}, written by Jackson from these records in this order (names in snake
 * case) and read by the report from the same records: files in = used + nil returns + refusals +
 * rejects + duplicates + superseded + excluded + the manifest and corrections (true by
 * construction: one outcome per entry); data rows in = rows used + rows rejected, each rejected
 * row under one reason; records extracted = records used + records excluded + records held for
 * review. The sums that can fail are checked exactly, and {@code reconciles} says whether all of
 * them hold.
 *
 * <p>{@code countedForSuccessor} and {@code populationNote} are written only when there is
 * something to say, so a run without either is unchanged.
 */
public record QualityReport(
    boolean reconciles,
    FileCounts fileCounts,
    RowCounts rowCounts,
    RecordCounts recordCounts,
    List<IssueLine> totalMismatches,
    Map<String, Long> warningsByCode,
    List<IssueLine> warnings,
    List<String> manifestProblems,
    List<HeldCouncil> heldForReview,
    CorrectionsReport corrections,
    List<FileSummary> files,
    @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> countedForSuccessor,
    @JsonInclude(JsonInclude.Include.NON_NULL) String populationNote) {

  /** Files by outcome, in the alphabetical order of the outcomes' names. */
  public record FileCounts(long in, long corrections, long duplicate, long excluded, long manifest,
      long nilReturn, long refused, long rejected, long superseded, long used,
      Map<String, Long> rejectedByReason) {

    /** Files set aside after reading: counted once elsewhere, or left out by a correction. */
    public long setAside() {
      return duplicate + superseded + excluded;
    }
  }

  public record RowCounts(long in, long used, long rejected, Map<String, Long> rejectedByReason,
      long totalsRowsNotCounted, long noteRowsNotCounted) {}

  public record RecordCounts(long extracted, long used, long excluded, long heldForReview,
      Map<String, Long> excludedByReason, long unmatchedCategory) {}

  /** A warning where it was found. */
  public record IssueLine(String code, String file, String sheet, int row, String message) {

    static IssueLine of(Issue w) {
      return new IssueLine(w.code(), w.source().file(), w.source().sheet(), w.source().row(),
          w.message());
    }
  }

  public QualityReport {
    totalMismatches = List.copyOf(totalMismatches);
    warnings = List.copyOf(warnings);
    manifestProblems = List.copyOf(manifestProblems);
    heldForReview = List.copyOf(heldForReview);
    files = List.copyOf(files);
    countedForSuccessor = List.copyOf(countedForSuccessor);
  }

  public static QualityReport build(
      List<FileSummary> files,
      Map<String, Long> rejectsByReason,
      Map<String, Long> excludedByReason,
      List<Issue> warnings,
      long unmatchedCategory,
      List<String> manifestProblems,
      List<HeldCouncil> held,
      CorrectionsReport corrections) {
    Map<FileOutcome, Long> outcomes = new EnumMap<>(FileOutcome.class);
    files.forEach(f -> outcomes.merge(FileOutcome.valueOf(f.outcome()), 1L, Long::sum));
    FileCounts fileCounts = new FileCounts(files.size(), n(outcomes, FileOutcome.CORRECTIONS),
        n(outcomes, FileOutcome.DUPLICATE), n(outcomes, FileOutcome.EXCLUDED),
        n(outcomes, FileOutcome.MANIFEST), n(outcomes, FileOutcome.NIL_RETURN),
        n(outcomes, FileOutcome.REFUSED), n(outcomes, FileOutcome.REJECTED),
        n(outcomes, FileOutcome.SUPERSEDED), n(outcomes, FileOutcome.USED),
        files.stream().filter(f -> f.outcome().equals(FileOutcome.REJECTED.name()))
            .collect(Collectors.groupingBy(FileSummary::reason, TreeMap::new, Collectors.counting())));

    long rowsIn = sum(files, FileSummary::dataRows);
    long rowsRejected = sum(files, FileSummary::rejectedRows);
    // A rejected file's rows are rejected with it, under the file's reason.
    Map<String, Long> rowsRejectedByReason = new TreeMap<>(rejectsByReason);
    files.stream()
        .filter(f -> f.outcome().equals(FileOutcome.REJECTED.name()) && f.rejectedRows() > 0)
        .forEach(f -> rowsRejectedByReason.merge("file rejected: " + f.reason(), f.rejectedRows(),
            Long::sum));
    RowCounts rows = new RowCounts(rowsIn, rowsIn - rowsRejected, rowsRejected,
        rowsRejectedByReason, sum(files, FileSummary::totalsRows),
        sum(files, FileSummary::noteRows));

    long records = sum(files, FileSummary::records);
    long excluded = sum(files, FileSummary::excluded);
    long heldRecords = sum(files, FileSummary::held);
    RecordCounts recordCounts = new RecordCounts(records + excluded + heldRecords, records,
        excluded, heldRecords, new TreeMap<>(excludedByReason), unmatchedCategory);

    // Files in = the sum of the outcomes holds by construction (each entry has one outcome).
    boolean reconciles = total(excludedByReason) == excluded
        && rows.used() >= 0 && total(rowsRejectedByReason) == rowsRejected;
    return new QualityReport(reconciles, fileCounts, rows, recordCounts,
        warnings.stream().filter(w -> w.code().equals("TOTAL_MISMATCH")).map(IssueLine::of)
            .toList(),
        warnings.stream().collect(
            Collectors.groupingBy(Issue::code, TreeMap::new, Collectors.counting())),
        warnings.stream().filter(w -> !w.code().equals("TOTAL_MISMATCH")).map(IssueLine::of)
            .toList(),
        manifestProblems, held, corrections, files, List.of(), null);
  }

  /** The same report with what it says about the period (see the record's note). */
  public QualityReport withPeriodNotes(List<String> countedForSuccessor, String populationNote) {
    return new QualityReport(reconciles, fileCounts, rowCounts, recordCounts, totalMismatches,
        warningsByCode, warnings, manifestProblems, heldForReview, corrections, files,
        countedForSuccessor, populationNote);
  }

  private static long n(Map<FileOutcome, Long> outcomes, FileOutcome outcome) {
    return outcomes.getOrDefault(outcome, 0L);
  }

  private static long sum(List<FileSummary> files, ToLongFunction<FileSummary> value) {
    return files.stream().mapToLong(value).sum();
  }

  private static long total(Map<String, Long> counts) {
    return counts.values().stream().mapToLong(Long::longValue).sum();
  }
}
