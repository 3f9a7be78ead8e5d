package uk.breachreport.core.layout;

import java.io.Reader;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import uk.breachreport.core.model.ResponseStatus;
import uk.breachreport.core.reference.ReferenceCsv;

/**
 * Recognises an answer with no table as a refusal or a nil return, from
 * {@code data/reference/statuses.csv}; the first matching rule wins.
 */
public final class StatusRules implements Serializable {

  private static final long serialVersionUID = 1L;

  private record Rule(ResponseStatus status, Pattern pattern) implements Serializable {}

  private final List<Rule> rules;

  private StatusRules(List<Rule> rules) {
    this.rules = List.copyOf(rules);
  }

  public static StatusRules load(Reader csv) {
    List<Rule> rules = ReferenceCsv.read(csv).stream()
        .map(r -> new Rule(ReferenceCsv.enumValue(r, "status", ResponseStatus.class),
            ReferenceCsv.pattern(r, "pattern")))
        .toList();
    rules.stream()
        .filter(r -> r.status != ResponseStatus.REFUSED && r.status != ResponseStatus.NIL_RETURN)
        .findFirst()
        .ifPresent(r -> {
          throw new IllegalArgumentException(
              "status rules may only say REFUSED or NIL_RETURN, not " + r.status);
        });
    return new StatusRules(rules);
  }

  public Optional<ResponseStatus> classify(String text) {
    String flat = text.strip().replaceAll("\\s+", " ");
    return rules.stream().filter(r -> r.pattern.matcher(flat).find()).map(Rule::status).findFirst();
  }
}
