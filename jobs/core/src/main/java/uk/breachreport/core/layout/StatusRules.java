package uk.breachreport.core.layout;

import java.io.Reader;
import java.io.Serializable;
import java.util.Optional;
import uk.breachreport.core.model.ResponseStatus;
import uk.breachreport.core.reference.PatternRules;

/**
 * Recognises an answer with no table as a refusal or a nil return, from
 * {@code data/reference/statuses.csv}; the first matching rule wins.
 */
public final class StatusRules implements Serializable {

  private static final long serialVersionUID = 1L;

  private final PatternRules<ResponseStatus> rules;

  private StatusRules(PatternRules<ResponseStatus> rules) {
    this.rules = rules;
  }

  public static StatusRules load(Reader csv) {
    PatternRules<ResponseStatus> rules = PatternRules.load(csv, "status", ResponseStatus.class);
    rules.values().stream()
        .filter(s -> s != ResponseStatus.REFUSED && s != ResponseStatus.NIL_RETURN)
        .findFirst()
        .ifPresent(s -> {
          throw new IllegalArgumentException(
              "status rules may only say REFUSED or NIL_RETURN, not " + s);
        });
    return new StatusRules(rules);
  }

  public Optional<ResponseStatus> classify(String text) {
    return rules.first(text);
  }
}
