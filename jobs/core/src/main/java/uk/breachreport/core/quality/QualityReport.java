package uk.breachreport.core.quality;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import uk.breachreport.core.model.FileOutcome;
import uk.breachreport.core.model.Issue;

/**
 * {@code quality.json}: files in = used + nil returns + refusals + rejects + duplicates +
 * superseded + excluded + the manifest and corrections; data rows in = rows used + rows rejected;
 * records extracted = records used + records excluded + records held for review. Each
 * sum is checked, and {@code reconciles} says whether all of them hold.
 */
public final class QualityReport {

  private QualityReport() {}

  public static Map<String, Object> build(
      List<FileSummary> files,
      Map<String, Long> rejectsByReason,
      Map<String, Long> excludedByReason,
      List<Issue> warnings,
      long unmatchedCategory,
      List<String> manifestProblems,
      List<HeldCouncil> held,
      Map<String, Object> corrections) {
    Map<String, Long> outcomes = new TreeMap<>();
    for (FileOutcome o : FileOutcome.values()) {
      outcomes.put(o.name(), 0L);
    }
    files.forEach(f -> outcomes.merge(f.outcome(), 1L, Long::sum));
    long filesIn = files.size();
    boolean filesReconcile = outcomes.values().stream().mapToLong(Long::longValue).sum() == filesIn;

    long rowsIn = sum(files, FileSummary::dataRows);
    long rowsRejected = sum(files, FileSummary::rejectedRows);
    long rowsUsed = rowsIn - rowsRejected;
    long records = sum(files, FileSummary::records);
    long excluded = sum(files, FileSummary::excluded);
    long heldRecords = sum(files, FileSummary::held);
    boolean recordsReconcile = excludedByReason.values().stream().mapToLong(Long::longValue).sum()
        == excluded;
    // A rejected file's rows are rejected with it, under the file's reason.
    Map<String, Long> rowsRejectedByReason = new TreeMap<>(rejectsByReason);
    files.stream()
        .filter(f -> f.outcome().equals(FileOutcome.REJECTED.name()) && f.rejectedRows() > 0)
        .forEach(f -> rowsRejectedByReason.merge("file rejected: " + f.reason(), f.rejectedRows(),
            Long::sum));

    Map<String, Object> q = new LinkedHashMap<>();
    boolean rowsReconcile = rowsUsed >= 0
        && rowsRejectedByReason.values().stream().mapToLong(Long::longValue).sum() >= rowsRejected;
    q.put("reconciles", filesReconcile && recordsReconcile && rowsReconcile);
    Map<String, Object> fileCounts = new LinkedHashMap<>();
    fileCounts.put("in", filesIn);
    outcomes.forEach((k, v) -> fileCounts.put(k.toLowerCase(), v));
    fileCounts.put("rejected_by_reason", files.stream()
        .filter(f -> f.outcome().equals(FileOutcome.REJECTED.name()))
        .collect(Collectors.groupingBy(FileSummary::reason, TreeMap::new, Collectors.counting())));
    q.put("file_counts", fileCounts);

    Map<String, Object> rows = new LinkedHashMap<>();
    rows.put("in", rowsIn);
    rows.put("used", rowsUsed);
    rows.put("rejected", rowsRejected);
    rows.put("rejected_by_reason", rowsRejectedByReason);
    rows.put("totals_rows_not_counted", sum(files, FileSummary::totalsRows));
    rows.put("note_rows_not_counted", sum(files, FileSummary::noteRows));
    q.put("row_counts", rows);

    Map<String, Object> recordCounts = new LinkedHashMap<>();
    recordCounts.put("extracted", records + excluded + heldRecords);
    recordCounts.put("used", records);
    recordCounts.put("excluded", excluded);
    recordCounts.put("held_for_review", heldRecords);
    recordCounts.put("excluded_by_reason", new TreeMap<>(excludedByReason));
    recordCounts.put("unmatched_category", unmatchedCategory);
    q.put("record_counts", recordCounts);

    q.put("total_mismatches", warnings.stream()
        .filter(w -> w.code().equals("TOTAL_MISMATCH")).map(QualityReport::issue).toList());
    q.put("warnings_by_code", warnings.stream()
        .collect(Collectors.groupingBy(Issue::code, TreeMap::new, Collectors.counting())));
    q.put("warnings", warnings.stream()
        .filter(w -> !w.code().equals("TOTAL_MISMATCH")).map(QualityReport::issue).toList());
    q.put("manifest_problems", manifestProblems);
    q.put("held_for_review", held.stream().map(QualityReport::held).toList());
    q.put("corrections", corrections);
    q.put("files", files.stream().map(QualityReport::file).toList());
    return q;
  }

  private static long sum(List<FileSummary> files, Function<FileSummary, Long> value) {
    return files.stream().map(value).mapToLong(Long::longValue).sum();
  }

  private static Map<String, Object> issue(Issue w) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("code", w.code());
    m.put("file", w.source().file());
    m.put("sheet", w.source().sheet());
    m.put("row", w.source().row());
    m.put("message", w.message());
    return m;
  }

  private static Map<String, Object> file(FileSummary f) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("file", f.file());
    m.put("authority_code", f.authorityCode());
    m.put("outcome", f.outcome());
    m.put("layout", f.layout() == null || f.layout().isEmpty() ? null : f.layout());
    m.put("records", f.records());
    m.put("excluded", f.excluded());
    m.put("held_for_review", f.held());
    m.put("data_rows", f.dataRows());
    m.put("rejected_rows", f.rejectedRows());
    m.put("reason", f.reason());
    m.put("evidence", f.evidence());
    if (f.repeats() != null) {
      m.put("repeats", f.repeats());
    }
    return m;
  }

  private static Map<String, Object> held(HeldCouncil h) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("authority_code", h.code());
    m.put("authority_name", h.name());
    m.put("breaches_held", h.breaches());
    m.put("reasons", h.reasons().stream().map(r -> {
      Map<String, Object> reason = new LinkedHashMap<>();
      reason.put("code", r.code());
      reason.put("message", r.message());
      return reason;
    }).toList());
    return m;
  }
}
