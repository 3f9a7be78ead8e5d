package uk.breachreport.core.layout;

import java.io.Reader;
import java.io.Serializable;
import java.util.Optional;
import uk.breachreport.core.model.ResponseStatus;
import uk.breachreport.core.reference.PatternRules;
import uk.breachreport.core.words.WordRules;

/**
 * How an answer with no table is read: the words that tie its figures to breaches
 * ({@code data/reference/words.csv}, see {@link WordRules}) and, where it gives no figures, the
 * wording of a refusal or a nil return ({@code data/reference/statuses.csv}; the first matching
 * rule wins).
 */
public final class StatusRules implements Serializable {

  private static final long serialVersionUID = 1L;

  private final PatternRules<ResponseStatus> rules;
  private final WordRules words;

  private StatusRules(PatternRules<ResponseStatus> rules, WordRules words) {
    this.rules = rules;
    this.words = words;
  }

  public static StatusRules load(Reader csv, Reader wordsCsv) {
    PatternRules<ResponseStatus> rules = PatternRules.load("statuses.csv", csv, "status",
        ResponseStatus.class);
    rules.values().stream()
        .filter(s -> s != ResponseStatus.REFUSED && s != ResponseStatus.NIL_RETURN)
        .findFirst()
        .ifPresent(s -> {
          throw new IllegalArgumentException(
              "status rules may only say REFUSED or NIL_RETURN, not " + s);
        });
    return new StatusRules(rules, WordRules.load(wordsCsv));
  }

  public WordRules words() {
    return words;
  }

  public Optional<ResponseStatus> classify(String text) {
    return rules.first(text);
  }
}
