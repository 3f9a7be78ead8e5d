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
 * The same answer in two forms is counted once. Of a council's files that gave breach figures:
 * a file named as a revision ("revised", "amended", "updated", "corrected", "v2"...) supersedes
 * the others; files giving the same total are one answer in several forms, and the fullest (most
 * records) is used; files covering different years are parts of one answer and all used; files
 * that give different figures for the same years cannot be told apart, so the council is held.
 */
public final class AnswerForms {

  /** One used file of a council: its records, breaches and the financial years it covers. */
  public record AnswerFile(String authorityCode, String file, long records, long breaches,
      Set<String> years) {}

  /** Files superseded by another form, and councils held because their answers disagree. */
  public record Result(List<FileDecision> superseded, List<Hold> holds) {}

  private static final Pattern REVISED = Pattern.compile(
      "\\b(revised|amended|updated|corrected|correction|v[2-9])\\b", Pattern.CASE_INSENSITIVE);

  /** The year of records dated only by the whole period. */
  public static final String WHOLE_PERIOD = "whole period";

  private AnswerForms() {}

  public static Result decide(List<AnswerFile> files) {
    Map<String, List<AnswerFile>> byCouncil = files.stream().collect(
        Collectors.groupingBy(AnswerFile::authorityCode, TreeMap::new, Collectors.toList()));
    List<FileDecision> superseded = new ArrayList<>();
    List<Hold> holds = new ArrayList<>();
    for (List<AnswerFile> council : byCouncil.values()) {
      if (council.size() < 2 || !overlap(council)) {
        continue;
      }
      council.sort(Comparator.comparing(AnswerFile::file));
      List<AnswerFile> revised = council.stream().filter(f -> REVISED.matcher(name(f)).find())
          .toList();
      if (revised.size() == 1) {
        supersede(council, revised.get(0), "revised answer", superseded);
      } else if (council.stream().map(AnswerFile::breaches).distinct().count() == 1) {
        AnswerFile fullest = council.stream()
            .max(Comparator.comparingLong(AnswerFile::records)
                .thenComparing(AnswerFile::file, Comparator.reverseOrder()))
            .orElseThrow();
        supersede(council, fullest, "same " + fullest.breaches()
            + " breaches given in more detail", superseded);
      } else {
        holds.add(new Hold(council.get(0).authorityCode(), "ANSWERS_DISAGREE",
            "answers give different figures for the same years and none is marked as revised: "
                + council.stream().map(f -> "'" + f.file() + "' " + f.breaches())
                    .collect(Collectors.joining(", "))));
      }
    }
    superseded.sort(Comparator.comparing(FileDecision::file));
    return new Result(superseded, holds);
  }

  private static void supersede(List<AnswerFile> council, AnswerFile kept, String why,
      List<FileDecision> out) {
    council.stream().filter(f -> f != kept).forEach(f -> out.add(new FileDecision(f.file(),
        FileOutcome.SUPERSEDED, kept.file(), "superseded by '" + kept.file() + "' (" + why + ")")));
  }

  /** Whether any two files give figures for a common year; a whole-period figure covers all. */
  private static boolean overlap(List<AnswerFile> council) {
    for (int i = 0; i < council.size(); i++) {
      for (int j = i + 1; j < council.size(); j++) {
        Set<String> a = council.get(i).years();
        Set<String> b = council.get(j).years();
        if (a.contains(WHOLE_PERIOD) && !b.isEmpty() || b.contains(WHOLE_PERIOD) && !a.isEmpty()
            || a.stream().anyMatch(b::contains)) {
          return true;
        }
      }
    }
    return false;
  }

  private static String name(AnswerFile f) {
    return f.file().substring(f.file().lastIndexOf('/') + 1);
  }
}
