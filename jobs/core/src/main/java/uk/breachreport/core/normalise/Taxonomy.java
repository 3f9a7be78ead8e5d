package uk.breachreport.core.normalise;

import java.io.Reader;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.breachreport.core.model.Action;
import uk.breachreport.core.model.Category;
import uk.breachreport.core.model.Channel;
import uk.breachreport.core.reference.Memo;
import uk.breachreport.core.reference.ReferenceCsv;
import uk.breachreport.core.text.PlainText;

/**
 * The analyst's rules ({@code data/reference/taxonomy.csv}) that turn councils' free text into a
 * category, a channel, an action and the children and sensitive-data flags.
 *
 * <p>A rule file has the header {@code dimension,value,pattern,priority[,note]}; lines starting
 * with {@code #} are comments. {@code pattern} is a case-insensitive Java regular expression found
 * anywhere in the text, after whitespace runs become one space and curly quotes straight ones.
 * Rules are tried from the highest {@code priority} down, equal priorities in file order:
 *
 * <ul>
 *   <li>category and channel: the first rule that matches the description or the council's own
 *       category decides (the higher priority wins, the description on a tie). A category rule
 *       with value {@code UNSPECIFIED} marks text that is no description at all ("n/a");
 *   <li>action: every rule is tried; a match claims its words, so lower-priority rules cannot
 *       match them again, and the most severe claimed action wins. A negation ("no disciplinary
 *       action", NONE) therefore needs a higher priority than the words it negates;
 *   <li>children and sensitive: value {@code true}; any match sets the flag.
 * </ul>
 */
public final class Taxonomy implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final List<String> COLUMNS = List.of("dimension", "value", "pattern", "priority");
  private static final Pattern STATED = Pattern.compile("[\\p{L}\\p{N}]");

  /** One rule: its value when {@code pattern} is found in the text, and where it was written. */
  record Rule<V extends Serializable>(V value, Pattern pattern, int priority, int line)
      implements Serializable {}

  private enum Dimension {
    CATEGORY,
    CHANNEL,
    ACTION,
    CHILDREN,
    SENSITIVE
  }

  /** A lookup by dimension and (plain) text. */
  private record Asked(Dimension dimension, String text) {}

  private final List<Rule<Category>> categories;
  private final List<Rule<Channel>> channels;
  private final List<Rule<Action>> actions;
  private final List<Rule<Boolean>> children;
  private final List<Rule<Boolean>> sensitive;
  /**
   * Answers already worked out: councils repeat their wording row after row (a category column
   * holds a handful of values), and the patterns are slow.
   */
  private final Memo<Asked, Optional<?>> answers = new Memo<>(100_000);
  private final Memo<String, String> plainTexts = new Memo<>(100_000);

  private Taxonomy(
      List<Rule<Category>> categories,
      List<Rule<Channel>> channels,
      List<Rule<Action>> actions,
      List<Rule<Boolean>> children,
      List<Rule<Boolean>> sensitive) {
    this.categories = byPriority(categories);
    this.channels = byPriority(channels);
    this.actions = byPriority(actions);
    this.children = byPriority(children);
    this.sensitive = byPriority(sensitive);
  }

  /**
   * Reads a rule file.
   *
   * @throws IllegalArgumentException naming the line of a bad dimension, value, pattern or
   *     priority, or a missing header column
   * @throws java.io.UncheckedIOException when the reader fails
   */
  public static Taxonomy load(Reader csv) {
    List<Rule<Category>> categories = new ArrayList<>();
    List<Rule<Channel>> channels = new ArrayList<>();
    List<Rule<Action>> actions = new ArrayList<>();
    List<Rule<Boolean>> children = new ArrayList<>();
    List<Rule<Boolean>> sensitive = new ArrayList<>();
    ReferenceCsv.read("taxonomy.csv", csv).require(COLUMNS).forEach(r -> {
      int line = (int) r.line();
      Pattern pattern = r.pattern("pattern");
      int priority = priority(r.get("priority"));
      String value = r.get("value");
      switch (dimension(r.get("dimension"))) {
        case CATEGORY -> categories.add(
            new Rule<>(enumValue(Category.class, value), pattern, priority, line));
        case CHANNEL -> channels.add(
            new Rule<>(enumValue(Channel.class, value), pattern, priority, line));
        case ACTION -> actions.add(
            new Rule<>(enumValue(Action.class, value), pattern, priority, line));
        case CHILDREN -> children.add(new Rule<>(flag(value), pattern, priority, line));
        case SENSITIVE -> sensitive.add(new Rule<>(flag(value), pattern, priority, line));
      }
    });
    return new Taxonomy(categories, channels, actions, children, sensitive);
  }

  /**
   * What happened, from the description and the council's own category column (either may be
   * null): {@link Category#UNSPECIFIED} when neither describes anything, {@link Category#OTHER}
   * when something is described but no rule matches.
   */
  public Category category(String description, String councilCategory) {
    Rule<Category> fromDescription = describing(description);
    Rule<Category> fromCouncil = describing(councilCategory);
    Rule<Category> best = better(categorising(fromDescription), categorising(fromCouncil));
    if (best != null) {
      return best.value();
    }
    return isDescription(description, fromDescription) || isDescription(councilCategory, fromCouncil)
        ? Category.OTHER
        : Category.UNSPECIFIED;
  }

  /** A match that names a category, not one that marks the text as no description. */
  private static Rule<Category> categorising(Rule<Category> match) {
    return match == null || match.value() == Category.UNSPECIFIED ? null : match;
  }

  /** How the data went astray, or null when neither text says. */
  public Channel channel(String description, String councilCategory) {
    Rule<Channel> best =
        better(firstMatch(Dimension.CHANNEL, channels, plain(description)),
            firstMatch(Dimension.CHANNEL, channels, plain(councilCategory)));
    return best == null ? null : best.value();
  }

  /**
   * The most severe action the outcome text states; {@link Action#UNKNOWN} when it is blank or
   * no rule matches (see {@link #actionUnrecognised}).
   */
  public Action action(String outcomeText) {
    return claimActions(outcomeText).stream()
        .map(Rule::value)
        .reduce(Action.UNKNOWN, Action::moreSevere);
  }

  /** True when the outcome text says something but no action rule matches it. */
  public boolean actionUnrecognised(String outcomeText) {
    return STATED.matcher(plain(outcomeText)).find() && claimActions(outcomeText).isEmpty();
  }

  /** TRUE when the text mentions children; null otherwise, since silence is not a "no". */
  public Boolean involvesChildren(String text) {
    return flag(Dimension.CHILDREN, children, text);
  }

  /** TRUE when the text mentions special-category or confidential data; null otherwise. */
  public Boolean sensitiveData(String text) {
    return flag(Dimension.SENSITIVE, sensitive, text);
  }

  private Rule<Category> describing(String text) {
    String s = plain(text);
    return STATED.matcher(s).find() ? firstMatch(Dimension.CATEGORY, categories, s) : null;
  }

  private boolean isDescription(String text, Rule<Category> match) {
    return STATED.matcher(plain(text)).find()
        && (match == null || match.value() != Category.UNSPECIFIED);
  }

  /** The higher-priority of two matches (either may be null); the first on a tie. */
  private static <V extends Serializable> Rule<V> better(Rule<V> first, Rule<V> second) {
    if (first == null || (second != null && second.priority() > first.priority())) {
      return second;
    }
    return first;
  }

  /** Rules that claim words of the text, each match blanking its words for the rules after it. */
  private List<Rule<Action>> claimActions(String outcomeText) {
    return memo(Dimension.ACTION, plain(outcomeText), this::scanActions);
  }

  private List<Rule<Action>> scanActions(String plainText) {
    StringBuilder text = new StringBuilder(plainText);
    List<Rule<Action>> claimed = new ArrayList<>();
    for (Rule<Action> rule : actions) {
      Matcher m = rule.pattern().matcher(text.toString());
      boolean matched = false;
      while (m.find()) {
        matched = true;
        for (int i = m.start(); i < m.end(); i++) {
          text.setCharAt(i, ' ');
        }
      }
      if (matched) {
        claimed.add(rule);
      }
    }
    return claimed;
  }

  private Boolean flag(Dimension dimension, List<Rule<Boolean>> rules, String text) {
    Rule<Boolean> match = firstMatch(dimension, rules, plain(text));
    return match == null ? null : match.value();
  }

  private <V extends Serializable> Rule<V> firstMatch(Dimension dimension, List<Rule<V>> rules,
      String text) {
    return text.isEmpty() ? null : memo(dimension, text, t -> scan(rules, t));
  }

  /**
   * The plain form of a council's text, remembered like the answers: each record asks for its
   * texts' plain forms several times, and a million-row log repeats a few texts.
   */
  private String plain(String text) {
    if (text == null) {
      return "";
    }
    return plainTexts.get(text, PlainText::of);
  }

  @SuppressWarnings("unchecked")
  private <T> T memo(Dimension dimension, String text, Function<String, T> lookup) {
    Optional<?> answer = answers.get(new Asked(dimension, text),
        asked -> Optional.ofNullable(lookup.apply(asked.text())));
    return (T) answer.orElse(null);
  }

  private static <V extends Serializable> Rule<V> scan(List<Rule<V>> rules, String text) {
    for (Rule<V> rule : rules) {
      if (rule.pattern().matcher(text).find()) {
        return rule;
      }
    }
    return null;
  }

  private static <V extends Serializable> List<Rule<V>> byPriority(List<Rule<V>> rules) {
    return rules.stream()
        .sorted(
            Comparator.comparingInt((Rule<V> r) -> r.priority()).reversed()
                .thenComparingInt(Rule::line))
        .toList();
  }

  private static Dimension dimension(String text) {
    try {
      return Dimension.valueOf(text.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("dimension '" + text + "' is unknown: expected one of "
          + "category, channel, action, children, sensitive");
    }
  }

  private static <E extends Enum<E>> E enumValue(Class<E> type, String text) {
    try {
      return Enum.valueOf(type, text.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(type.getSimpleName().toLowerCase(Locale.ROOT) + " '"
          + text + "' is unknown: expected one of " + Arrays.toString(type.getEnumConstants()));
    }
  }

  private static Boolean flag(String text) {
    if (!text.trim().equalsIgnoreCase("true")) {
      throw new IllegalArgumentException(
          "value '" + text + "' for children or sensitive must be 'true'");
    }
    return Boolean.TRUE;
  }

  private static int priority(String text) {
    try {
      return Integer.parseInt(text);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("priority '" + text + "' is not a whole number");
    }
  }

  @Override
  public String toString() {
    return "Taxonomy[" + categories.size() + " category, " + channels.size() + " channel, "
        + actions.size() + " action, " + children.size() + " children, " + sensitive.size()
        + " sensitive rules]";
  }
}
