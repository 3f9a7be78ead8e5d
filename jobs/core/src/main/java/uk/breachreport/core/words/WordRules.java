package uk.breachreport.core.words;

import java.io.Reader;
import java.io.Serializable;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.breachreport.core.reference.ReferenceCsv;

/**
 * The words that tie a figure in a sentence to breaches, or to something else, from
 * {@code data/reference/words.csv}: an analyst adds a council's wording there, not in code.
 */
public final class WordRules implements Serializable {

  private static final long serialVersionUID = 1L;

  /** What a rule's words say about the figures near them. */
  public enum Kind {
    /** Breaches or incidents: the figure counts them. */
    BREACH,
    /** Something else counted (requests, hours, staff): the figure is never a breach figure. */
    OTHER,
    /**
     * What some of the breaches were (reported to the ICO, by action): not a total, and after the
     * letter has given its figures, a figure these words describe is a detail of those breaches.
     */
    SUBSET,
    /** Words pointing back to a figure already given ("of these", "of which"): the next is a part. */
    PORTION,
    /** A figure for each quarter, month or week ("3 per month"): not a total. */
    RATE,
    /** A kind of breach: a part with these words is a breakdown by category. */
    CATEGORY,
    /** A figure the letter itself corrects: not counted. */
    SUPERSEDED,
    /** The request quoted back: its figures are the requester's. */
    QUESTION,
    /** A correction of a figure: the figure it gives replaces the one given elsewhere. */
    CORRECTION,
    /** What a row of an attached log is ("each row is one incident"): its figures count nothing. */
    LAYOUT,
    /** The period asked for: a figure for it is the answer's total, beside one to date. */
    PERIOD
  }

  private final Map<Kind, List<Pattern>> rules;

  private WordRules(Map<Kind, List<Pattern>> rules) {
    this.rules = rules;
  }

  public static WordRules load(Reader csv) {
    Map<Kind, List<Pattern>> rules = new EnumMap<>(Kind.class);
    for (Kind kind : Kind.values()) {
      rules.put(kind, new java.util.ArrayList<>());
    }
    ReferenceCsv.read("words.csv", csv).require(List.of("kind", "pattern")).forEach(
        r -> rules.get(r.enumValue("kind", Kind.class)).add(r.pattern("pattern")));
    rules.replaceAll((kind, patterns) -> List.copyOf(patterns));
    return new WordRules(rules);
  }

  /** Whether any rule of the kind is found in the text. */
  public boolean has(Kind kind, String text) {
    return rules.get(kind).stream().anyMatch(p -> p.matcher(text).find());
  }

  /** Where the first rule of the kind found in the text starts, or -1. */
  public int find(Kind kind, String text) {
    int first = -1;
    for (Pattern p : rules.get(kind)) {
      Matcher m = p.matcher(text);
      if (m.find() && (first < 0 || m.start() < first)) {
        first = m.start();
      }
    }
    return first;
  }
}
