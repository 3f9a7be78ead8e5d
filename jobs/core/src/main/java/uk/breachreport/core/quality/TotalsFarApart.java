package uk.breachreport.core.quality;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import uk.breachreport.core.model.Issue;
import uk.breachreport.core.model.SourceRef;

/**
 * An answer whose stated total and breakdown are far apart: one of them is misread or mistyped (a
 * footnote mark read into a figure, "19" and mark "1" as 191; a total of another period), and
 * which is right needs a person. SPEC uses the breakdown where they differ a little (a
 * {@code TOTAL_MISMATCH} warning); this far apart, the council is held for review instead, as for
 * any implausible figure, until {@code corrections.csv} confirms or corrects it.
 */
public final class TotalsFarApart {

  /** The warning the readers give, and the hold's code. */
  public static final String CODE = "TOTAL_FAR_OFF";
  /** Far apart: one at least twice the other, and by this many breaches or more. */
  static final long MIN_DIFFERENCE = 10;

  private TotalsFarApart() {}

  public static boolean farApart(long stated, long breakdown) {
    long low = Math.min(stated, breakdown);
    long high = Math.max(stated, breakdown);
    return high - low >= MIN_DIFFERENCE && high >= 2 * low;
  }

  /** The reader's warning beside its {@code TOTAL_MISMATCH}, when the two are far apart. */
  public static Issue warning(SourceRef at, long stated, long breakdown) {
    return Issue.warning(CODE, at, "stated total " + stated + " but the breakdown sums to "
        + breakdown + ": too far apart to publish either until reviewed");
  }

  /**
   * A hold for each council that answered in a file with a {@code warnings} of {@link #CODE}:
   * {@code councilOf} gives each counted file's council (a file not in it counts for none,
   * superseded or set aside).
   */
  public static List<Hold> holds(List<Issue> warnings, Map<String, String> councilOf) {
    List<Hold> holds = new ArrayList<>();
    Map<String, List<Issue>> byCouncil = warnings.stream()
        .filter(w -> w.code().equals(CODE) && councilOf.containsKey(w.source().file()))
        .collect(Collectors.groupingBy(w -> councilOf.get(w.source().file()),
            TreeMap::new, Collectors.toList()));
    byCouncil.forEach((council, found) -> holds.add(new Hold(council, CODE,
        found.stream().map(w -> w.source() + ": " + w.message()).distinct()
            .collect(Collectors.joining("; ")))));
    return holds;
  }

  /** Each answer file's council, but for the {@code superseded} ones. */
  public static Map<String, String> countedFiles(List<AnswerForms.AnswerFile> files,
      Set<String> superseded) {
    return files.stream().filter(f -> !superseded.contains(f.file())).collect(Collectors.toMap(
        AnswerForms.AnswerFile::file, AnswerForms.AnswerFile::authorityCode, (a, b) -> a));
  }
}
