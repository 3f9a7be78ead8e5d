package uk.breachreport.core.layout;

import java.io.Reader;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import uk.breachreport.core.model.Category;
import uk.breachreport.core.model.RawRecord;
import uk.breachreport.core.model.ResponseStatus;
import uk.breachreport.core.normalise.Taxonomy;
import uk.breachreport.core.reference.ReferenceCsv;
import uk.breachreport.core.text.PlainText;

/**
 * Whether an answer is about personal-data breaches at all, from
 * {@code data/reference/evidence.csv}: a file's tables are read as breaches only when a table's header, its sheet's name, the title
 * above it or the text around it says so, and a statement of none or a refusal only when the text
 * is about breaches or answers a request. Numbers prove nothing: a gas report, a budget or an FOI
 * request log has dates, descriptions and counts too. One more sign counts for tables: the names
 * a table gives its types (a summary's row labels, a log's type column), when most of them are
 * kinds of breach {@code taxonomy.csv} knows ("Loss of paperwork", "Email sent to wrong
 * recipient"): they are the table's own headings, not free text. The headers and the lines above
 * them are those the {@link TableExtractor} found.
 */
public final class BreachEvidence implements Serializable {

  private static final long serialVersionUID = 1L;
  /** A quoted piece of evidence is cut to this, so a long letter line stays readable. */
  private static final int QUOTE_MAX = 80;
  /**
   * An answer that is one short line of words ("None", "Nil return") is about nothing but the
   * request; a workbook holding only "0" says nothing.
   */
  private static final int SOLE_STATEMENT_MAX = 60;
  private static final Pattern WORD = Pattern.compile("\\p{L}{2}");
  /** Type names are evidence when at least this many differ and three in four name a breach. */
  private static final int TYPES_MIN = 2;
  /** Enough type names to judge a table by; a log of a million distinct ones is not read twice. */
  private static final int TYPES_LOOKED_AT = 200;
  /** How many type names a piece of evidence quotes. */
  private static final int TYPES_QUOTED = 3;

  /** What a rule's match shows. */
  public enum Kind {
    /** The text is about breaches: evidence for tables and statements. */
    BREACH,
    /** The text answers an information request: evidence for a statement only. */
    REQUEST
  }

  private record Rule(Kind kind, Pattern pattern) implements Serializable {}

  private final List<Rule> rules;
  private final Taxonomy taxonomy;

  private BreachEvidence(List<Rule> rules, Taxonomy taxonomy) {
    this.rules = List.copyOf(rules);
    this.taxonomy = taxonomy;
  }

  /** The rules of {@code evidence.csv}; the taxonomy tells type names that are breaches. */
  public static BreachEvidence load(Reader csv, Taxonomy taxonomy) {
    return new BreachEvidence(ReferenceCsv.read("evidence.csv", csv)
        .require(List.of("kind", "pattern"))
        .map(r -> new Rule(r.enumValue("kind", Kind.class), r.pattern("pattern"))), taxonomy);
  }

  /** The first of the kinds' rules found in the text, quoted with its place ("header: '...'"). */
  private Optional<String> find(String place, String text, Set<Kind> kinds) {
    String folded = PlainText.of(text);
    for (Rule rule : rules) {
      if (kinds.contains(rule.kind) && rule.pattern.matcher(folded).find()) {
        return Optional.of(place + ": '" + quote(folded) + "'");
      }
    }
    return Optional.empty();
  }

  /**
   * The table's type names, if three in four of them are kinds of breach. A name that is the
   * request's own word ("FOI", "EIR") is none, though the taxonomy reads "FOI" in a description
   * as a disclosure: a request log's type column holds them.
   */
  private Optional<String> types(List<RawRecord> records) {
    Set<String> names = new LinkedHashSet<>();
    for (RawRecord r : records) {
      if (names.size() == TYPES_LOOKED_AT) {
        break;
      }
      if (r.councilCategory() != null && !r.councilCategory().isBlank()) {
        names.add(PlainText.of(r.councilCategory()));
      }
    }
    List<String> breaches = names.stream().filter(n -> {
      Category c = taxonomy.category(null, n);
      return c != Category.OTHER && c != Category.UNSPECIFIED
          && find("", n, Set.of(Kind.REQUEST)).isEmpty();
    }).toList();
    if (names.size() < TYPES_MIN || breaches.size() * 4 < names.size() * 3) {
      return Optional.empty();
    }
    return Optional.of("types: " + breaches.stream().limit(TYPES_QUOTED)
        .map(n -> "'" + quote(n) + "'").collect(Collectors.joining(", "))
        + " (" + breaches.size() + " of " + names.size() + " are kinds of breach)");
  }

  private static String quote(String text) {
    return text.length() <= QUOTE_MAX ? text : text.substring(0, QUOTE_MAX - 3) + "...";
  }



  /** What the answer shows, once its tables are read. */
  public Found found(Extraction read) {
    List<TableHeader> tables = read.headers();
    List<String> text = read.text();
    Set<Kind> breach = Set.of(Kind.BREACH);
    Set<String> titles = new LinkedHashSet<>();
    List<String> evidence = new ArrayList<>();
    tables.stream().map(t -> find("header", String.join(" | ", t.cells()), breach))
        .flatMap(Optional::stream).findFirst().ifPresent(evidence::add);
    tables.stream().filter(t -> t.sheet() != null).map(t -> find("sheet", t.sheet(), breach))
        .flatMap(Optional::stream).findFirst().ifPresent(evidence::add);
    tables.forEach(t -> titles.addAll(t.title()));
    titles.stream().map(line -> find("title", line, breach)).flatMap(Optional::stream)
        .findFirst().ifPresent(evidence::add);
    text.stream().filter(line -> !titles.contains(line)).map(line -> find("text", line, breach))
        .flatMap(Optional::stream).findFirst().ifPresent(evidence::add);
    types(read.records()).ifPresent(evidence::add);
    return new Found(tables, List.copyOf(evidence),
        text.stream().map(line -> find("text", line, Set.of(Kind.REQUEST)))
            .flatMap(Optional::stream).findFirst(),
        text.size() == 1 && text.get(0).length() <= SOLE_STATEMENT_MAX
            && WORD.matcher(text.get(0)).find()
            ? Optional.of("the whole answer: '" + text.get(0) + "'") : Optional.empty());
  }

  /**
   * The evidence in one answer: about breaches ({@code breach}, each "place: 'words'"), answering
   * a request, or a lone one-line statement.
   */
  public record Found(List<TableHeader> tables, List<String> breach, Optional<String> request,
      Optional<String> soleStatement) {

    /** Why the answer's tables are breaches, if anything says so. */
    public Optional<String> forTables() {
      return breach.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", breach));
    }

    /** Why a statement of none or a refusal answers the breaches request, if anything says so. */
    public Optional<String> forStatement() {
      return forTables().or(() -> request).or(() -> soleStatement);
    }

    /** The reason a file whose tables show no evidence is rejected. */
    public String noTableOfBreaches() {
      String what = tables.isEmpty() ? "a table"
          : "the table headed " + tables.get(0).describe()
              + (tables.size() > 1 ? " and " + (tables.size() - 1) + " more" : "");
      return "no table of breaches: " + what + ", and nothing in its header, sheet name, title,"
          + " type names or the text around it is about personal-data breaches";
    }

    /** The reason a file that reads like a nil return or refusal, about nothing, is rejected. */
    public static String statementWithoutEvidence(ResponseStatus said) {
      return "no table of breaches, and the text that reads like a "
          + (said == ResponseStatus.REFUSED ? "refusal" : "nil return")
          + " says nothing of breaches or of an information request";
    }
  }
}
