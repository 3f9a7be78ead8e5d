package uk.breachreport.core.reference;

import java.io.Reader;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import uk.breachreport.core.text.PlainText;

/**
 * An ordered list of "value, pattern" rules from a reference CSV: the first rule whose pattern is
 * found in a text gives the text its value. Text is compared with its white space folded.
 */
public final class PatternRules<E extends Enum<E>> implements Serializable {

  private static final long serialVersionUID = 1L;

  private record Rule<E>(E value, Pattern pattern) implements Serializable {}

  private final List<Rule<E>> rules;

  private PatternRules(List<Rule<E>> rules) {
    this.rules = List.copyOf(rules);
  }

  /**
   * Rules from the columns {@code valueColumn} (an enum constant) and {@code pattern} of the
   * reference file {@code file}.
   */
  public static <E extends Enum<E>> PatternRules<E> load(String file, Reader csv,
      String valueColumn, Class<E> type) {
    return new PatternRules<>(ReferenceCsv.read(file, csv).require(List.of(valueColumn, "pattern"))
        .map(r -> new Rule<>(r.enumValue(valueColumn, type), r.pattern("pattern"))));
  }

  public Optional<E> first(String text) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    String folded = PlainText.of(text);
    return rules.stream().filter(r -> r.pattern.matcher(folded).find()).map(Rule::value)
        .findFirst();
  }

  public List<E> values() {
    return rules.stream().map(Rule::value).toList();
  }
}
