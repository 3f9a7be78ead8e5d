package uk.breachreport.core.words;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import uk.breachreport.core.model.Issue;
import uk.breachreport.core.model.RawRecord;

import uk.breachreport.core.model.SourceRef;
import uk.breachreport.core.words.WordRules.Kind;

/**
 * The breach figures an answer gives in words: a total in a sentence, figures per financial year,
 * month or quarter, a breakdown of the total ("12 of these were emails sent to the wrong person"),
 * small numbers hidden ("fewer than 5"). A figure counts only when its sentence ties it to breaches
 * ({@link WordRules}); a part of the breaches that is no kind of breach (reported to the ICO, the
 * action taken) is never counted as a total. Records are made the way summary tables make them:
 * one per year or month with its count, one for a total with no years, a breakdown's parts with
 * the rest of the total as one unspecified record; the source row is the letter's line.
 */
public final class LetterFigures {

  /** What a figure is. */
  private enum Role { DATED, TOTAL, PART }

  /**
   * A figure found in a sentence; {@code value} null where the letter hid a small number;
   * {@code corrects} where the letter gives it as a correction of its own figure.
   */
  private record Figure(int line, Role role, Sentence.Anchor anchor, Long value, String words,
      boolean stated, boolean corrects) {

    String period() {
      return LetterFigures.period(anchor);
    }
  }

  /** The month or quarter of an anchor, else its financial year. */
  private static String period(Sentence.Anchor anchor) {
    return anchor.date() != null ? anchor.date() : anchor.financialYear();
  }

  /** What the letter's words give: records, or a reason they cannot be used. */
  public record Result(List<RawRecord> records, List<Issue> issues, String layout,
      boolean lowerBound, boolean saysZero, String problem) {

    /** Figures were found and give records. */
    public boolean counted() {
      return problem == null && !records.isEmpty();
    }
  }

  /** A sentence ends after a word, a bracket, or a figure after a word ("should read 9, not 8."). */
  private static final Pattern SPLIT = Pattern.compile(
      "(?<=[a-z]{2}[.!]|[)\"'][.!]|[\\w,;)]\\s[\\d/-]{1,9}[.!])\\s+(?=[A-Z\"'(])|(?<=\\?)\\s+");
  private static final Pattern CLAUSE_END = Pattern.compile(
      "[,;:.()!?\\[\\]]|\\b(?:and|but|while|whereas|whilst|compared)\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern SUPPRESSED_BEFORE = Pattern.compile(
      "(?:\\b(?:fewer|less) than|\\bunder|\\bbelow|<=?|≤)\\s*$", Pattern.CASE_INSENSITIVE);
  private static final Pattern SUPPRESSED_AFTER = Pattern.compile(
      "^\\s*or (?:fewer|less|under|below)\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern STATED_BEFORE = Pattern.compile(
      "(?:\\b(?:total|totall?ed|totals|overall|altogether|in all|sum|amounts? to|came to|numbered|"
          + "stands? at|stood at|was|were|is|are|of|recorded|reported|had|identified)"
          + "(?: therefore| now| thus| in fact| actually)?|[:=-])\\s*$",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern LABEL_MARK = Pattern.compile("[:=-]\\s*$");
  private static final Pattern TOTAL_WORD = Pattern.compile(
      "\\b(?:total|totall?ed|overall|altogether|in all|in total|combined|correct(?:ed)? (?:number|figure))\\b",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern ONLY_NUMBER = Pattern.compile("^\\W*(?:answer|response|reply|a)?\\W*$",
      Pattern.CASE_INSENSITIVE);
  /** How many words may stand between a figure and the breach word it is tied to. */
  private static final int TIE_WORDS = 4;
  /** How many words may stand between a figure and its year after it in one clause. */
  private static final int CLAUSE_WORDS = 10;
  /** Before a figure a correction replaces: "should read 9, not 8", "from 8 to 9". */
  private static final Pattern OLD_VALUE = Pattern.compile(
      "\\b(?:not|rather than|instead of|from|previously|originally)\\s*$", Pattern.CASE_INSENSITIVE);
  /** A heading line is its year and at most two words ("2013/14 to date", "Year 2012/13:"). */
  private static final Pattern HEADING_REST = Pattern.compile("[\\s:\u2013-]*(?:[a-z]+[\\s:\u2013-]*){0,2}",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern BRACKETED = Pattern.compile("\\([^)]*\\)");
  /** A short line ending in its figure ("Lost files: 2"), as a list under a heading has. */
  private static final Pattern LABEL_FIGURE = Pattern.compile("\\D\\s*[:=-]?\\s*(?:<\\s*)?\\d[\\d,]*\\s*$");
  private static final Pattern BULLET = Pattern.compile("^[-\u2022*\\s]+");
  /** A calendar quarter heading a column ("Jan-Mar"), by its first month. */
  private static final Pattern CALENDAR_QUARTER = Pattern.compile(
      "(jan|apr|jul|oct)[a-z]*\\.?\\s*(?:-|to|\u2013)\\s*(?:mar|jun|sep|dec)[a-z]*\\.?",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern CALENDAR_YEAR = Pattern.compile("(?:19|20)\\d{2}");
  /** A cell naming a financial quarter with its figure, in a row for the year ("Q2: 4"). */
  private static final Pattern QUARTER_CELL = Pattern.compile(
      "(?:q|qtr|quarter)\\s*([1-4])\\s*[:=-]?\\s*(<\\s*)?(\\d[\\d,]*)", Pattern.CASE_INSENSITIVE);
  /** A footnote mark after a cell's figure ("2*"). */
  private static final Pattern FOOTNOTE = Pattern.compile("[*\u2020\u2021]+$");

  private enum Context { NONE, BREACH, SUBSET }

  /**
   * Two or more spaces or a tab between cells of a table laid out in text, or the " | " between
   * the cells of a row the reader joined.
   */
  private static final Pattern TABLE_GAP =
      Pattern.compile("(?<=[^\\s.!?])(?:\\s{2,}|\\s*\\t\\s*|\\s+\\|\\s+)(?=\\S)");
  private static final Pattern RULE_LINE = Pattern.compile("[-=_|+.\\s]+");
  /** Dots leading a label to its figure ("Post sent to wrong address ....... 9"): a gap. */
  private static final Pattern DOT_LEADER = Pattern.compile("(?<=\\S)\\s*(?:\\.\\s?){3,}\\s*(?=\\S)");
  private static final Pattern CELL_FIGURE = Pattern.compile("(?:<\\s*)?\\d[\\d,]*");
  private static final Pattern MONTH_START = Pattern.compile(
      "^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?\\s+\\d{4}\\b",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern SENTENCE_END = Pattern.compile("[.!?:;]\\s*$");
  private static final Pattern ITEM_START = Pattern.compile(
      "^\\(?(?:\\d{1,2}|[a-h]|[ivx]{1,4})[.)]\\s|^[-•*]\\s|^(?:part|question|q)\\s*\\d+\\b"
          + "|^(?:answer|a|response|reply)\\s*\\d*\\s*[:.)-]",
      Pattern.CASE_INSENSITIVE);
  /** A quarter whose year is on the next line ("... 0; Q4" / "2012/13 (Jan-Mar 2013) 8"). */
  private static final Pattern QUARTER_END = Pattern.compile("\\b(?:q|qtr|quarter)\\s*[1-4]$",
      Pattern.CASE_INSENSITIVE);
  /** A line at least this long that stops short of its sentence's end was wrapped. */
  private static final int WRAP_WIDTH = 55;
  /** A group's heading is a name, not a sentence: this many words at most. */
  private static final int GROUP_LABEL_WORDS = 6;

  private final String file;
  private final WordRules words;
  private final List<Figure> figures = new ArrayList<>();
  /** Figures given for a part of the breaches: the same figure said again refers back to it. */
  private final Set<Long> subsetValues = new HashSet<>();
  private Context context = Context.NONE;
  /** The letter speaks of breaches somewhere (its subject line, its answer). */
  private boolean aboutBreaches;
  /** The column labels of the table laid out in text being read, if any. */
  private List<String> columns;
  /** The year of the heading above the list being read ("2011/12" over "- Lost files: 1"). */
  private Sentence.Anchor heading;
  /** The group of list items being read (0: none), how many groups so far, each item's group. */
  private int group;
  private int groups;
  /**
   * The line being read heads a group: a name, whose words ("(including ...)") say nothing of the
   * figures under it.
   */
  private boolean groupLabel;
  private final Map<Integer, Integer> groupOfLine = new HashMap<>();
  /** This sentence corrects a figure of the letter. */
  private boolean correcting;
  /** Why the letter's figures cannot be used, found while reading them. */
  private String problem;

  private LetterFigures(String file, WordRules words) {
    this.file = file;
    this.words = words;
  }

  /** The figures of a letter's lines (line numbers 1-based, in reading order). */
  public static Result read(String file, List<String> lines, WordRules words) {
    LetterFigures reader = new LetterFigures(file, words);
    reader.aboutBreaches = lines.stream().anyMatch(l -> words.has(Kind.BREACH, l));
    int i = 0;
    while (i < lines.size()) {
      int first = i;
      StringBuilder paragraph = new StringBuilder(leadersAsGaps(lines.get(i)));
      while (i + 1 < lines.size() && wrapped(lines.get(i), lines.get(i + 1))) {
        paragraph.append(' ').append(leadersAsGaps(lines.get(++i)).strip());
      }
      i++;
      reader.heading(first + 1, paragraph.toString());
      if (!reader.tableRow(first + 1, paragraph.toString())) {
        for (String sentence : SPLIT.split(paragraph)) {
          reader.sentence(first + 1, Sentence.of(sentence));
        }
      }
    }
    return reader.result();
  }

  private static String leadersAsGaps(String line) {
    return DOT_LEADER.matcher(line).replaceAll("  ");
  }

  /**
   * Whether a line runs on into the next: a letter's text arrives hard-wrapped ("within 40" /
   * "working days"), but a table row, a numbered answer or a finished sentence stands alone.
   */
  private static boolean wrapped(String line, String next) {
    String l = line.strip();
    String n = next.strip();
    if (l.isEmpty() || n.isEmpty() || TABLE_GAP.matcher(l).find() || TABLE_GAP.matcher(n).find()
        || SENTENCE_END.matcher(l).find() || ITEM_START.matcher(n).find()) {
      return false;
    }
    if (Character.isLowerCase(n.charAt(0)) || MONTH_START.matcher(n).find()
        || QUARTER_END.matcher(l).find() || n.charAt(0) == '('
        || l.chars().filter(c -> c == '(').count() > l.chars().filter(c -> c == ')').count()) {
      return true; // "(up to 30" / "June 2014)", "Q1 2012/13" / "(Apr-Jun 2012) 4"
    }
    // A figure ending its line before a capital ends a list item ("2011/12 - 4" / "Please note").
    return !Character.isDigit(l.charAt(l.length() - 1)) && l.length() >= WRAP_WIDTH;
  }

  /**
   * A line that is only a year ("2012/13", "2013/14 (to 31 March 2014)") heads the list of figures
   * under it; any other line than an item of that list, or a total, ends the list.
   */
  private void heading(int line, String text) {
    String t = BRACKETED.matcher(text).replaceAll(" ").strip();
    groups(line, t);
    if (!t.isEmpty() && t.length() <= WRAP_WIDTH / 2) {
      Sentence s = Sentence.of(t);
      String rest = s.masked.replace(Sentence.MASK, ' ');
      if (s.numbers.isEmpty() && s.anchors.size() == 1 && s.anchors.get(0).financialYear() != null
          && HEADING_REST.matcher(rest).matches()) {
        heading = s.anchors.get(0);
        return;
      }
    }
    boolean item = ITEM_START.matcher(t).find()
        || t.length() <= WRAP_WIDTH && LABEL_FIGURE.matcher(t).find();
    if (!item || TOTAL_WORD.matcher(t).find()) {
      heading = null;
    }
  }

  /**
   * A short line of words alone ("Social Work Services", "Education Services") heads a group of
   * the list items under it: the same year in two groups is two figures, added, not one said
   * twice. Any other line than an item ends the group.
   */
  private void groups(int line, String t) {
    Sentence s = Sentence.of(t);
    boolean label = !t.isEmpty() && s.numbers.isEmpty() && s.anchors.isEmpty()
        && !SENTENCE_END.matcher(t).find() && !ITEM_START.matcher(t).find()
        && t.split("\\s+").length <= GROUP_LABEL_WORDS && t.chars().anyMatch(Character::isLetter);
    groupLabel = label;
    if (label) {
      group = ++groups;
    } else if (group > 0 && ITEM_START.matcher(t).find()) {
      groupOfLine.put(line, group);
    } else if (!t.isEmpty()) {
      group = 0;
    }
  }

  /**
   * A row of a table laid out with spaces or tabs in the text ("2011/12  873  6"): with a header
   * naming its columns, only the breach column's figure is read; a row of several figures with no
   * such header is not read at all, as its columns cannot be told apart.
   */
  private boolean tableRow(int line, String text) {
    List<String> cells = List.of(TABLE_GAP.split(text.strip()));
    long figuresIn = cells.stream().filter(c -> CELL_FIGURE.matcher(c).matches()).count();
    if (RULE_LINE.matcher(text).matches()) {
      return true; // the rule under a header
    }
    if (cells.size() < 2) {
      if (text.strip().length() > WRAP_WIDTH) {
        columns = null; // prose ends the table
      }
      return false;
    }
    if (context == Context.BREACH && quarterCells(line, cells)) {
      return true;
    }
    if (figuresIn == 0) {
      boolean named = cells.stream().anyMatch(c -> words.has(Kind.BREACH, c))
          || context == Context.BREACH
          && cells.stream().filter(c -> CALENDAR_QUARTER.matcher(c).matches()).count() > 1;
      columns = named ? cells : null;
      return false;
    }
    if (columns != null && CALENDAR_YEAR.matcher(cells.get(0)).matches()
        && columns.stream().anyMatch(c -> CALENDAR_QUARTER.matcher(c).matches())) {
      quarters(line, cells);
      return true;
    }
    if (columns != null && columns.size() == cells.size()) {
      for (int c = 1; c < cells.size(); c++) {
        String label = columns.get(c);
        if (words.has(Kind.BREACH, label) && !words.has(Kind.OTHER, label)
            && !partWords(label)) {
          Context saved = context;
          context = Context.BREACH;
          String labels = String.join(" ", cells.stream()
              .filter(cell -> !CELL_FIGURE.matcher(cell).matches()).toList());
          sentence(line, Sentence.of(labels + " " + cells.get(c)));
          context = saved;
          return true;
        }
      }
      return true; // a table of something else
    }
    return figuresIn > 1;
  }

  /**
   * A row of breaches by calendar quarter ("2011  2  3  1  2  8" under "Jan-Mar  Apr-Jun ..."),
   * as a council that counts by calendar year gives them: each quarter's figure is the
   * financial quarter's (January to March 2012 is Q4 2011/12), so the period's quarters can be
   * told from those outside it; a total column is not read. The header may leave out the cell
   * over the years, so cells are matched to labels from the right.
   */
  private void quarters(int line, List<String> cells) {
    int year = Integer.parseInt(cells.get(0));
    int shift = cells.size() - columns.size();
    for (int c = 1; c < cells.size(); c++) {
      var q = c - shift >= 0 ? CALENDAR_QUARTER.matcher(columns.get(c - shift)) : null;
      String cell = FOOTNOTE.matcher(cells.get(c)).replaceFirst("");
      if (q == null || !q.matches() || !CELL_FIGURE.matcher(cell).matches()) {
        continue;
      }
      int quarter = switch (q.group(1).toLowerCase(java.util.Locale.ROOT)) {
        case "jan" -> 4;
        case "apr" -> 1;
        case "jul" -> 2;
        default -> 3;
      };
      int first = quarter == 4 ? year - 1 : year;
      String fy = String.format(java.util.Locale.ROOT, "%d-%02d", first, (first + 1) % 100);
      Sentence.Anchor anchor = new Sentence.Anchor(0, 0, fy,
          "Q" + quarter + " " + first + "/" + fy.substring(5));
      Long value = cell.startsWith("<") ? null : Long.parseLong(cell.replace(",", ""));
      figures.add(new Figure(line, Role.DATED, anchor, value, cells.get(c), false, false));
    }
  }

  /**
   * A row of a year's breaches by quarter after a sentence about breaches ("2011/12  Q1: 2  Q2: 4
   * Q3: 1  Q4: 3"): each cell is its quarter of the year the row names.
   */
  private boolean quarterCells(int line, List<String> cells) {
    if (!cells.subList(1, cells.size()).stream().allMatch(c -> QUARTER_CELL.matcher(c).matches())) {
      return false;
    }
    Sentence label = Sentence.of(cells.get(0));
    if (label.anchors.size() != 1 || label.anchors.get(0).date() != null) {
      return false;
    }
    String fy = label.anchors.get(0).financialYear();
    for (String cell : cells.subList(1, cells.size())) {
      var q = QUARTER_CELL.matcher(cell);
      q.matches();
      Sentence.Anchor anchor = new Sentence.Anchor(0, 0, fy,
          "Q" + q.group(1) + " " + fy.substring(0, 4) + "/" + fy.substring(5));
      Long value = q.group(2) != null ? null : Long.parseLong(q.group(3).replace(",", ""));
      figures.add(new Figure(line, Role.DATED, anchor, value, cell, false, false));
    }
    return true;
  }

  private void sentence(int line, Sentence s) {
    if (groupLabel) {
      return;
    }
    boolean breach = words.has(Kind.BREACH, s.text);
    boolean subset = partWords(s.text);
    correcting = words.has(Kind.CORRECTION, s.text);
    if (words.has(Kind.QUESTION, s.text) || words.has(Kind.LAYOUT, s.text)
        || !correcting && words.has(Kind.SUPERSEDED, s.text)) {
      setContext(s, breach, subset);
      return;
    }
    int found = figures.size();
    List<Sentence.Number> numbers = s.numbers;
    if (correcting) { // the figure a correction replaces is no figure
      numbers = numbers.stream().filter(n -> !replaced(s, n)).toList();
    }
    Set<Sentence.Anchor> used = new HashSet<>();
    for (int k = 0; k < numbers.size(); k++) {
      Sentence.Number n = numbers.get(k);
      int prevEnd = k == 0 ? 0 : numbers.get(k - 1).end();
      int nextStart = k + 1 < numbers.size() ? numbers.get(k + 1).start() : s.masked.length();
      figure(line, s, n, prevEnd, nextStart, breach, used);
    }
    if (correcting && figures.size() == found && !s.numbers.isEmpty() && aboutBreaches
        && problem == null) {
      problem = "the letter corrects a figure on line " + line
          + " but does not say which one or to what, so its figures cannot be told apart";
    }
    setContext(s, breach, subset);
  }

  /** In a correction, the old figure: "should read 9, not 8", "our original reply stated 27". */
  private boolean replaced(Sentence s, Sentence.Number n) {
    String before = s.between(0, n.start());
    return OLD_VALUE.matcher(before).find() || words.has(Kind.SUPERSEDED, clauseBefore(before));
  }

  private boolean partWords(String text) {
    return words.has(Kind.SUBSET, text) || words.has(Kind.PORTION, text);
  }

  private void figure(int line, Sentence s, Sentence.Number n, int prevEnd, int nextStart,
      boolean sentenceSaysBreach, Set<Sentence.Anchor> used) {
    String before = s.between(prevEnd, n.start());
    String after = s.between(n.end(), nextStart);
    if (words.has(Kind.OTHER, after)) {
      return;
    }
    String afterClause = clauseAfter(after);
    String beforeClause = clauseBefore(before);
    boolean tied = tiedAfter(afterClause);
    boolean ownSubset = partWords(afterClause) || partWords(beforeClause)
        || words.has(Kind.RATE, afterClause) || words.has(Kind.RATE, beforeClause);
    boolean category = words.has(Kind.CATEGORY, afterClause);
    boolean stated = TOTAL_WORD.matcher(beforeClause).find() || TOTAL_WORD.matcher(afterClause).find()
        || words.has(Kind.PERIOD, s.between(0, n.start()));
    Sentence.Anchor anchor = anchor(s, n, prevEnd, nextStart, used);
    boolean subset = ownSubset || detail(s, n, anchor, stated)
        || (!tied && !sentenceSaysBreach && context == Context.SUBSET);
    // A year's figure or a total in a letter about breaches, after prose on other things
    // ("Financial year 2013/14 - 18", "Total for the period requested: 52").
    boolean breachy = tied || sentenceSaysBreach || context == Context.BREACH
        || (context == Context.NONE && aboutBreaches && (anchor != null || stated));
    Long value = SUPPRESSED_BEFORE.matcher(before).find() || SUPPRESSED_AFTER.matcher(after).find()
        ? null : n.value();
    String own = (s.text.substring(n.start(), n.end()) + afterClause).strip();
    if (subset) {
      if (value != null && ownSubset) {
        subsetValues.add(value);
      }
      if (category && breachy && !correcting) {
        figures.add(new Figure(line, Role.PART, null, value, own, false, false));
      }
      return;
    }
    if (correcting
        && !(breachy && (anchor != null || stated || STATED_BEFORE.matcher(before).find()))) {
      return; // a correction's other numbers explain it ("as one incident was counted twice")
    }
    boolean categoryBefore = words.has(Kind.CATEGORY, beforeClause);
    String label = BULLET.matcher(beforeClause).replaceFirst("").strip() + " " + n.value();
    if (anchor != null && breachy) {
      used.add(anchor);
      figures.add(new Figure(line, Role.DATED, anchor, value, own, stated, correcting));
    } else if (heading != null && breachy
        && (categoryBefore || !words.has(Kind.OTHER, beforeClause))) { // not "- FOI requests: 873"
      // "2012/13" over "- Data breaches: 6" gives the year's figure, over "- Lost files: 2" a part
      boolean whole = (tied && !category) || words.has(Kind.BREACH, beforeClause) && !categoryBefore;
      figures.add(new Figure(line, whole ? Role.DATED : Role.PART, heading, value,
          whole || category ? own : label, false, correcting));
    } else if (tied) {
      figures.add(new Figure(line, category ? Role.PART : Role.TOTAL, null, value, own, stated,
          correcting));
    } else if (!stated && (category || categoryBefore)
        && (sentenceSaysBreach || context == Context.BREACH)) {
      // "9 were emails sent to the wrong person", "lost USB memory stick 21"
      figures.add(new Figure(line, Role.PART, null, value, category ? own : label, false, false));
    } else if (breachy && (stated
        // "= 9" in a letter about breaches, unless words after it say what else it counts
        // ("= 1 line"): a figure that borrows its meaning from the sentences before stands alone
        || STATED_BEFORE.matcher(before).find() && (sentenceSaysBreach || afterClause.isBlank())
        || ONLY_NUMBER.matcher(before).matches() && afterClause.isBlank())) {
      figures.add(new Figure(line, Role.TOTAL, null, value, own, stated, correcting));
    }
  }

  /**
   * Whether a figure describes some breaches, not all: the clause it starts, its brackets left
   * out, says what they were ("Two incidents (both 2012/13) involved sensitive data", "12
   * incidents over the three years were self-reported to the ICO", in a letter whose total is in
   * its attachment), and it has no year of its own or one the letter has given (or the letter gave
   * only a total, or none). A new year's figure stays one ("In 2013/14 there were 17 breaches, none
   * involving sensitive data").
   */
  private boolean detail(Sentence s, Sentence.Number n, Sentence.Anchor anchor, boolean stated) {
    if (stated) {
      return false;
    }
    String rest = BRACKETED.matcher(s.between(n.end(), s.masked.length())).replaceAll(" ");
    if (!words.has(Kind.SUBSET, clauseAfter(rest))) {
      return false;
    }
    Set<String> given = new HashSet<>();
    figures.stream().filter(f -> f.anchor != null).forEach(f -> given.add(f.period()));
    return anchor == null || given.isEmpty() || given.contains(period(anchor));
  }

  /** A breach word within a few words after the figure ("97 data incidents"). */
  private boolean tiedAfter(String afterClause) {
    int at = words.find(Kind.BREACH, afterClause);
    return at >= 0 && afterClause.substring(0, at).strip().split("\\s+").length <= TIE_WORDS;
  }

  /**
   * The year or month a figure belongs to: the nearest unused one before it since the last figure
   * ("2012/13 = 9", "In 2012-13 there were 21"), else the first one after it ("9 in 2011/12").
   */
  private static Sentence.Anchor anchor(Sentence s, Sentence.Number n, int from, int to,
      Set<Sentence.Anchor> used) {
    Sentence.Anchor found = null;
    for (Sentence.Anchor a : s.anchors) {
      if (a.end() <= n.start() && a.start() >= from && !used.contains(a)) {
        found = a;
      }
    }
    if (found != null) {
      return found;
    }
    for (Sentence.Anchor a : s.anchors) {
      if (a.start() >= n.end() && a.start() < to && !used.contains(a)) {
        String gap = s.masked.substring(n.end(), a.start());
        int words = gap.strip().split("\\s+").length;
        // "a further 2 incidents have been recorded so far in 2014/15": that year's, in one clause
        return words <= TIE_WORDS + 2 || words <= CLAUSE_WORDS && !CLAUSE_END.matcher(gap).find()
            ? a : null;
      }
    }
    return null;
  }

  private static String clauseAfter(String after) {
    var m = CLAUSE_END.matcher(after);
    return m.find() ? after.substring(0, m.start()) : after;
  }

  /** The clause a figure ends; a label's colon belongs to it ("Children's data: 3 cases"). */
  private static String clauseBefore(String before) {
    before = LABEL_MARK.matcher(before).replaceFirst("");
    var m = CLAUSE_END.matcher(before);
    int end = 0;
    while (m.find()) {
      end = m.end();
    }
    return before.substring(end);
  }

  /** What the next sentences' bare figures are about, as far as this one says. */
  private void setContext(Sentence s, boolean breach, boolean subset) {
    if (subset && s.numbers.isEmpty() && (breach || context != Context.NONE)) {
      context = Context.SUBSET;
    } else if (breach) {
      context = Context.BREACH;
    } else if (s.numbers.isEmpty() && s.anchors.isEmpty() && s.text.length() > 60) {
      context = Context.NONE; // prose about something else ends a list
    }
  }

  private Result result() {
    List<Figure> dated = onePerPeriod(figures.stream().filter(f -> f.role == Role.DATED).toList());
    if (problem != null) {
      return new Result(List.of(), List.of(), "", false, false, problem);
    }
    // Once the letter corrects itself, a total it does not give as corrected is the old one.
    boolean corrected = figures.stream().anyMatch(Figure::corrects);
    // "the Council self-reported 4 incidents to the ICO ... only those 4 incidents": a part
    List<Figure> totals = figures.stream().filter(f -> f.role == Role.TOTAL)
        .filter(f -> f.stated || !subsetValues.contains(f.value))
        .filter(f -> f.corrects || !corrected).toList();
    List<Figure> parts = figures.stream().filter(f -> f.role == Role.PART && f.anchor == null).toList();
    // The parts listed under a year's heading are its breaches, unless the year's figure is given.
    Set<String> given = new HashSet<>();
    dated.forEach(f -> given.add(f.period()));
    List<Figure> datedParts = figures.stream().filter(f -> f.role == Role.PART && f.anchor != null)
        .filter(f -> !given.contains(f.period())).toList();
    List<Issue> issues = new ArrayList<>();
    Set<Long> totalValues = new TreeSet<>();
    totals.stream().map(Figure::value).filter(Objects::nonNull).forEach(totalValues::add);
    if (dated.isEmpty() && datedParts.isEmpty() && totals.isEmpty() && parts.isEmpty()) {
      return new Result(List.of(), List.of(), "", false, false, null);
    }
    if (!dated.isEmpty() || !datedParts.isEmpty()) {
      List<Figure> all = new ArrayList<>(dated);
      all.addAll(datedParts);
      return fromDated(all, totals, issues);
    }
    Figure total = total(totals, parts);
    if (total == null && !totalValues.isEmpty()) {
      return new Result(List.of(), List.of(), "PROSE_TOTAL", false, false,
          "the letter gives several different breach totals " + totalValues
              + " and does not say which is the answer");
    }
    List<RawRecord> records = new ArrayList<>();
    boolean lowerBound = false;
    long partSum = parts.stream().map(Figure::value).filter(Objects::nonNull).mapToLong(Long::longValue).sum();
    boolean partHidden = parts.stream().anyMatch(p -> p.value == null);
    if (total == null) {
      parts.forEach(p -> add(records, p, "PROSE_BREAKDOWN", null, p.words));
      lowerBound = partHidden;
    } else if (total.value == null) {
      add(records, total, "PROSE_TOTAL", null, null);
      lowerBound = true;
    } else if (partSum > total.value || parts.isEmpty()) {
      if (partSum > total.value) {
        issues.add(mismatch(total, "the parts given in words add up to " + partSum
            + ", more than the stated total " + total.value
            + "; parts of a letter may overlap, so the total is used"));
      }
      add(records, total, "PROSE_TOTAL", null, null);
    } else {
      parts.forEach(p -> add(records, p, "PROSE_BREAKDOWN", null, p.words));
      if (total.value > partSum) {
        records.add(record(total, "PROSE_BREAKDOWN", null, total.value - partSum, partHidden, null));
      }
    }
    return finish(records, issues, lowerBound);
  }

  /**
   * Figures per year or month (or the parts listed under a year); a stated total checks them and
   * recovers hidden ones; a corrected total that does not match them leaves them unusable.
   */
  private Result fromDated(List<Figure> dated, List<Figure> totals, List<Issue> issues) {
    boolean years = dated.stream().anyMatch(f -> f.anchor.date() == null);
    List<Figure> used = dated.stream().filter(f -> (f.anchor.date() == null) == years).toList();
    String layout = years ? "PROSE_YEARS" : "PROSE_MONTHS";
    String per = years ? "year" : "month";
    List<RawRecord> records = new ArrayList<>();
    for (Figure f : used) {
      if (f.role == Role.PART) {
        add(records, f, "PROSE_BREAKDOWN", f.anchor, f.words);
      } else {
        add(records, f, layout, f.anchor, null);
      }
    }
    long visible = used.stream().map(Figure::value).filter(Objects::nonNull).mapToLong(Long::longValue).sum();
    boolean hidden = used.stream().anyMatch(f -> f.value == null);
    Figure total = totals.stream().filter(t -> t.value != null)
        .filter(t -> t.stated || totals.size() == 1).findFirst().orElse(null);
    boolean lowerBound = hidden;
    if (total != null) {
      if (hidden && total.value > visible) {
        records.add(record(total, layout, null, total.value - visible, true, null));
        lowerBound = false;
      } else if (total.value != visible && total.corrects) {
        return new Result(List.of(), List.of(), "", false, false, "the letter corrects its total to "
            + total.value + ", but its figures per " + per + " add up to " + visible
            + " and it does not say which " + per + "'s figure changed");
      } else if (total.value != visible && !(years && coversYears(used, total.value))) {
        issues.add(mismatch(total, "stated total " + total.value + " but the figures per "
            + per + " add up to " + visible + "; the figures per " + per + " are used"));
      }
    }
    return finish(records, issues, lowerBound);
  }

  /**
   * Whether a total is the sum of a run of the years given, leaving out years at either end: the
   * total of the period asked for, beside a year the letter adds for information ("2014/15 to
   * date"), is no mismatch.
   */
  private static boolean coversYears(List<Figure> used, long total) {
    Map<String, Long> byYear = new java.util.TreeMap<>();
    for (Figure f : used) {
      if (f.value == null) {
        return false;
      }
      byYear.merge(f.anchor.financialYear(), f.value, Long::sum);
    }
    List<Long> sums = List.copyOf(byYear.values());
    for (int from = 0; from < sums.size(); from++) {
      long run = 0;
      for (int to = from; to < sums.size(); to++) {
        run += sums.get(to);
        if (run == total) {
          return true;
        }
      }
    }
    return false;
  }

  /** The one total the letter gives: the only value, or the one it calls a total. */
  private static Figure total(List<Figure> totals, List<Figure> parts) {
    Set<Long> values = new TreeSet<>(java.util.Comparator.nullsFirst(Long::compare));
    totals.forEach(t -> values.add(t.value));
    if (values.size() == 1) {
      return totals.get(0);
    }
    List<Figure> stated = totals.stream().filter(Figure::stated).toList();
    if (!stated.isEmpty() && stated.stream().map(Figure::value).distinct().count() == 1) {
      return stated.get(0);
    }
    return null;
  }

  /**
   * One figure per year or month (of each group of list items): the one a correction gives,
   * else the first given. A later
   * figure for the same period describes some of its breaches ("One incident in 2012/13
   * involved ...") or repeats it; a later one larger than the first can be neither, and the
   * letter's figures cannot be told apart.
   */
  private List<Figure> onePerPeriod(List<Figure> dated) {
    Map<String, List<Figure>> byPeriod = new LinkedHashMap<>();
    dated.forEach(f -> byPeriod.computeIfAbsent(groupOfLine.getOrDefault(f.line, 0) + " "
        + f.period(), k -> new ArrayList<>()).add(f));
    List<Figure> kept = new ArrayList<>();
    for (List<Figure> same : byPeriod.values()) {
      List<Figure> fixes = same.stream().filter(Figure::corrects).toList();
      Figure first = same.get(0);
      if (fixes.stream().map(Figure::value).distinct().count() > 1) {
        problem = "the letter corrects the figure for " + first.period() + " to more than one value";
      } else if (!fixes.isEmpty()) {
        kept.add(fixes.get(0));
      } else {
        same.stream().filter(f -> first.value != null && f.value != null && f.value > first.value)
            .findFirst().ifPresent(f -> problem = "the letter gives " + first.value + " and later "
                + f.value + " breaches for " + first.period()
                + ", more than it gave first, so its figures cannot be told apart");
        kept.add(first);
      }
    }
    return problem == null ? kept : List.of();
  }

  private Result finish(List<RawRecord> records, List<Issue> issues, boolean lowerBound) {
    boolean zero = records.stream().allMatch(r -> r.count() != null && r.count() == 0);
    List<RawRecord> nonZero = records.stream().filter(r -> r.count() == null || r.count() > 0).toList();
    String layout = nonZero.stream().map(RawRecord::layout).distinct()
        .reduce((a, b) -> a + "+" + b).orElse("");
    return new Result(nonZero, List.copyOf(issues), layout, lowerBound && !nonZero.isEmpty(),
        zero, null);
  }

  private void add(List<RawRecord> records, Figure f, String layout, Sentence.Anchor anchor,
      String description) {
    records.add(record(f, layout, anchor, f.value, f.value == null, description));
  }

  private RawRecord record(Figure f, String layout, Sentence.Anchor anchor, Long count,
      boolean suppressed, String description) {
    return new RawRecord(new SourceRef(file, null, f.line), layout, 0,
        anchor == null ? null : anchor.date(), anchor == null ? null : anchor.financialYear(),
        description, null, null, null, null, null, null, count, suppressed);
  }

  private Issue mismatch(Figure at, String message) {
    return Issue.warning("TOTAL_MISMATCH", new SourceRef(file, null, at.line), message);
  }
}
