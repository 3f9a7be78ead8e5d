package uk.breachreport.core.answer;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import uk.breachreport.core.normalise.CountValue;
import uk.breachreport.core.normalise.Counts;

/**
 * A line of an answer's text that gives breach figures no table or sentence rule could read: a row
 * of a table flattened into text ("Data protection breaches recorded | 8 | 10 | 6", a PDF's table
 * whose header came out elsewhere) or laid out with spaces ("2011   2   3   1   2   8"). An answer
 * with one is not a refusal or a nil return, whatever else it says (a letter that withholds the
 * details of breaches it has just counted): calling 24 breaches a refusal is a wrong figure.
 */
final class UnreadFigures {

  private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
  /** Between a flattened row's cells: a bar, a tab or a run of spaces. */
  private static final Pattern CELLS = Pattern.compile("\\s*\\|\\s*|\\t+|\\s{2,}");
  /** What the first cell of a row of breach figures speaks of. */
  private static final Pattern ABOUT_BREACHES = Pattern.compile(
      "breach|incident|\\blost\\b|\\bloss|theft|stolen|disclos|wrong recipient", FLAGS);
  /** Or a year of the request, as a row label: "2012/13", "2011-12", "2013". */
  private static final Pattern YEAR = Pattern.compile(
      "(?:FY\\s*)?20(?:0\\d|1\\d)(?:\\s*[/-]\\s*(?:20)?\\d\\d)?", FLAGS);
  /** A year's row needs two figures to be a table's row; a row about breaches, one. */
  private static final int MIN_FIGURES_BY_YEAR = 2;

  private UnreadFigures() {}

  static Optional<String> in(List<String> text) {
    return text.stream().filter(UnreadFigures::givesFigures).findFirst();
  }

  static boolean givesFigures(String line) {
    List<String> cells = Arrays.stream(CELLS.split(line.strip())).filter(c -> !c.isBlank())
        .toList();
    if (cells.size() < 2) {
      return false;
    }
    String label = cells.get(0);
    int needed = ABOUT_BREACHES.matcher(label).find() ? 1
        : YEAR.matcher(label).matches() ? MIN_FIGURES_BY_YEAR : Integer.MAX_VALUE;
    List<CountValue> figures = cells.subList(1, cells.size()).stream().map(Counts::parse)
        .toList();
    return figures.stream().allMatch(v -> v.value() != null || v.suppressed() || v.blank())
        && figures.stream().filter(v -> v.value() != null).count() >= needed
        && figures.stream().anyMatch(v -> v.value() != null && v.value() > 0);
  }
}
