package uk.breachreport.core.quality;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import uk.breachreport.core.model.FileOutcome;

/**
 * Identical files (same sha256) are read once: of each group the original is kept and the others
 * become {@code DUPLICATE} of it. The original is the one whose name does not look like a saved
 * copy ("Copy of ...", "... (2)", "... - Copy"), then the shortest path, then the first by name,
 * so the choice does not depend on the order files were listed in.
 */
public final class Duplicates {

  private static final Pattern COPY_NAME = Pattern.compile(
      "(^|/)copy (\\(\\d+\\) )?of |[ _-]+copy( \\(\\d+\\))?\\.[^./]+$|\\(\\d+\\)\\.[^./]+$",
      Pattern.CASE_INSENSITIVE);

  private static final Comparator<String> ORIGINAL_FIRST = Comparator
      .comparing((String f) -> COPY_NAME.matcher(f).find())
      .thenComparingInt(String::length)
      .thenComparing(Comparator.naturalOrder());

  private Duplicates() {}

  /**
   * The files set aside before normalising: each copy of an answer, then the files the
   * corrections exclude (a copy stays a copy: the exclusion is recorded in {@code effects} only).
   *
   * @param answers the checksum of every file read as an answer, as for {@link #of}
   * @param inputFiles every file read, rejected ones too
   */
  public static List<FileDecision> setAside(Map<String, String> answers, Set<String> inputFiles,
      Corrections corrections, Map<Integer, String> effects) {
    List<FileDecision> decisions = new ArrayList<>(of(answers));
    Set<String> copies = decisions.stream().map(FileDecision::file).collect(Collectors.toSet());
    corrections.fileExclusions(inputFiles, effects).stream()
        .filter(d -> !copies.contains(d.file())).forEach(decisions::add);
    return decisions;
  }

  /**
   * @param sha256ByFile the checksum of every file read as an answer (files with none are
   *     skipped; rejected files are not passed: each keeps its own reason)
   */
  public static List<FileDecision> of(Map<String, String> sha256ByFile) {
    Map<String, List<String>> bySha = new TreeMap<>();
    sha256ByFile.forEach((file, sha) -> {
      if (sha != null && !sha.isEmpty()) {
        bySha.computeIfAbsent(sha, k -> new ArrayList<>()).add(file);
      }
    });
    List<FileDecision> decisions = new ArrayList<>();
    for (List<String> same : bySha.values()) {
      same.sort(ORIGINAL_FIRST);
      String original = same.get(0);
      for (String copy : same.subList(1, same.size())) {
        decisions.add(new FileDecision(copy, FileOutcome.DUPLICATE, original,
            "same bytes (sha256) as '" + original + "', read once"));
      }
    }
    decisions.sort(Comparator.comparing(FileDecision::file));
    return decisions;
  }
}
