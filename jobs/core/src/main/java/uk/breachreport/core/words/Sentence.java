package uk.breachreport.core.words;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.breachreport.core.text.PlainText;

/**
 * One sentence of a letter, with what is not a breach count taken out of play: its financial
 * years, months and quarters kept as anchors a figure may belong to; dates, periods, money,
 * percentages, section and reference numbers, phone numbers, postcodes, times and years masked.
 * What is left are the candidate figures.
 */
final class Sentence {

  /** A financial year ("2012-13") or a month or quarter ("Nov 2018", "Q2 2012/13") in the text. */
  record Anchor(int start, int end, String financialYear, String date) {}

  /** A number still in play, where it stands. */
  record Number(int start, int end, long value) {}

  private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
  static final char MASK = '\u00a7';
  private static final String MONTH =
      "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
          + "|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
  private static final Map<String, Integer> MONTHS = Map.ofEntries(
      Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4),
      Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8),
      Map.entry("sep", 9), Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12));

  /** "1 April 2012 to 31 March 2013", "April 2011 - March 2012": a financial year, else a period. */
  private static final Pattern APRIL_TO_MARCH = Pattern.compile(
      "(?:\\b(?:between|from)\\s+)?(?:the\\s+)?(?:1(?:st)?\\s+)?apr(?:il)?\\.?\\s*'?(\\d{4}|\\d{2})"
          + "\\s*(?:-|to|and|until)\\s*(?:the\\s+)?(?:31(?:st)?\\s+)?mar(?:ch)?\\.?\\s*'?(\\d{4}|\\d{2})\\b",
      FLAGS);
  private static final Pattern YEAR_ENDING = Pattern.compile(
      "\\byear (?:ending|ended|to)\\s+(?:31(?:st)?\\s+)?mar(?:ch)?\\s+(\\d{4})\\b", FLAGS);
  private static final Pattern QUARTER = Pattern.compile(
      "\\b(?:q|qtr|quarter)\\s*([1-4])\\s*(?:of\\s+)?(?:fy|financial year|year)?\\s*"
          + "(\\d{4})\\s*[/-]\\s*(\\d{4}|\\d{2})\\b", FLAGS);
  private static final Pattern QUARTER_AFTER = Pattern.compile(
      "\\b(\\d{4})\\s*[/-]\\s*(\\d{4}|\\d{2})\\s*[,:-]?\\s*(?:q|qtr|quarter)\\s*([1-4])\\b", FLAGS);
  private static final Pattern FINANCIAL_YEAR = Pattern.compile(
      "(?<![\\d/.-])(?:(?:fy|f/y|financial year|year)\\s*:?\\s*)?(\\d{4})\\s*[/-]\\s*(\\d{4}|\\d{2})"
          + "(?![\\d]|[/.-]\\d)", FLAGS);
  /** "2011/12 to 2013/14", "between 2011/12 and 2013/14": a period, no year of its own. */
  private static final Pattern YEAR_SPAN = Pattern.compile(
      "(?:\\bbetween\\s+)?\\d{4}\\s*[/-]\\s*\\d{2,4}\\s*(?:to|-|until|through|and)\\s*\\d{4}\\s*[/-]\\s*\\d{2,4}\\b",
      FLAGS);
  private static final Pattern SHORT_FINANCIAL_YEAR = Pattern.compile(
      "\\b(?:fy|financial year)\\s*'?(\\d{2})\\s*[/-]\\s*(\\d{2})\\b", FLAGS);
  /** A month with its year; a two-digit year only after a mark ("Apr-12", "May '13"). */
  private static final Pattern MONTH_YEAR = Pattern.compile(
      "\\b" + MONTH + "(?:\\s*,?\\s+(\\d{4})|\\s*[-/']\\s*'?(\\d{4}|\\d{2}))\\b", FLAGS);
  private static final Pattern RANGE_BEFORE = Pattern.compile(
      "(?:\\b(?:between|from|since|after|before|until|till|to|and|end of|start of)|-)\\s*$", FLAGS);
  private static final Pattern RANGE_AFTER = Pattern.compile("^\\s*(?:-|to\\b|and\\b|until\\b)", FLAGS);

  /** Dates with a day: masked before months are read, so "24 July 2014" is no July figure. */
  private static final List<Pattern> DAY_DATES = List.of(
      Pattern.compile("\\b\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + MONTH + ",?\\s+\\d{2,4}\\b", FLAGS),
      Pattern.compile("\\b" + MONTH + "\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}\\b", FLAGS),
      Pattern.compile("\\b\\d{1,2}\\s*[/.-]\\s*\\d{1,2}\\s*[/.-]\\s*\\d{2,4}\\b"),
      Pattern.compile("\\b\\d{4}-\\d{1,2}-\\d{1,2}\\b"),
      // a day and month with no year ("sent on 3 June", "1 April to 30 June 2014")
      Pattern.compile("\\b(?:[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + MONTH
          + "(?![a-z]|\\s*[-/',]?\\s*'?\\d)", FLAGS));
  /** Never breach counts, whatever words stand near them. */
  private static final List<Pattern> MASKS = List.of(
      // phone numbers and postcodes
      Pattern.compile("(?:\\+44\\s*\\(?0?\\)?|\\b0)(?:\\d{3,4}\\s?\\d{5,6}|\\d{2,4}\\s?\\d{3,4}\\s?\\d{3,4})\\b"),
      Pattern.compile("\\b[a-z]{1,2}\\d[a-z\\d]?\\s*\\d[a-z]{2}\\b", FLAGS),
      // money and shares
      Pattern.compile("[£$€]\\s*\\d[\\d,]*(?:\\.\\d+)?(?:\\s*(?:k|m|bn|million|billion)\\b)?", FLAGS),
      Pattern.compile("\\b\\d[\\d,]*(?:\\.\\d+)?\\s*(?:%|per\\s*cent\\b|percent\\b|pence\\b|p\\b)", FLAGS),
      // sections, regulations and their sub-parts: "section 40(2)", "s.31 and 43", "12(4)(b)"
      Pattern.compile("\\b(?:sections?|ss?|regulations?|regs?|reg|articles?|art|paragraphs?|para|"
          + "schedules?|sch|parts?|principles?|chapters?|clauses?|rules?|annex|appendix|page|pages|"
          + "p|pp|question|questions|q|item|items|point|points|no|number|version|v|room|floor|"
          + "po box|dx|tel|telephone|phone|fax|mobile|ext|extension|level|step|stage|option|tier)"
          + "\\.?\\s*[:#]?\\s*\\d+[a-z]?(?:\\s*\\(\\s*\\w{1,4}\\s*\\))*"
          + "(?:\\s*(?:,|and|&|or|to|-)\\s*\\d+[a-z]?(?:\\s*\\(\\s*\\w{1,4}\\s*\\))*)*", FLAGS),
      Pattern.compile("\\b\\d+[a-z]?(?:\\(\\s*\\w{1,4}\\s*\\))+", FLAGS),
      // reference and request numbers, codes mixing letters, digits and marks
      Pattern.compile("\\b(?:ref(?:erence)?|request|foi|foia|foisa|eir|sar|case|ticket|ir|ico|our ref|"
          + "your ref|id)\\.?\\s*(?:no\\.?|number|ref\\.?)?\\s*[:#]?\\s*"
          // a code's letters, not a word of the sentence ("reported to the ICO in 2012")
          + "(?!(?:in|on|of|for|to|and|at|by|from|since|during|was|were)\\b)[a-z]{0,5}"
          + "\\s*[/-]?\\s*\\d[\\w/.-]*",
          FLAGS),
      Pattern.compile("\\b[\\w]*[a-z][\\w]*[/_-]?\\d[\\w/-]*|\\b\\d+[/_][\\w/-]+|\\b\\d+[a-z]+\\w*", FLAGS),
      // times, decimals, years, Acts
      Pattern.compile("\\b\\d{1,2}[:.]\\d{2}\\s*(?:am|pm)?\\b|\\b\\d{1,2}\\s*(?:am|pm)\\b", FLAGS),
      Pattern.compile("\\b\\d+\\.\\d+\\b"),
      Pattern.compile("(?<![\\d,])\\b(?:19|20)\\d{2}\\b(?![\\d,])"),
      // the numbers of numbered questions or answers at the start of a line ("2. - 5. Not
      // applicable, as there were no breaches" answers questions 2 to 5)
      Pattern.compile("^\\s*\\(?\\d{1,2}\\s*[.)]?\\s*(?:[-\u2013\u2014&]|to|and)\\s*\\(?\\d{1,2}\\s*[.):]"
          + "|^\\s*\\(?\\d{1,2}\\s*[.)]\\s|^\\s*(?:q|question|a|answer|part)\\s*\\d{1,2}\\s*[.:)-]?",
          FLAGS));
  private static final Pattern NUMBER =
      Pattern.compile("(?<![\\w£$€.,/-])(\\d{1,3}(?:,\\d{3})+|\\d+)(?![\\w%/]|[.,]\\d)");

  final String text;
  final String masked;
  final List<Anchor> anchors;
  final List<Number> numbers;

  private Sentence(String text, String masked, List<Anchor> anchors, List<Number> numbers) {
    this.text = text;
    this.masked = masked;
    this.anchors = anchors;
    this.numbers = numbers;
  }

  static Sentence of(String raw) {
    String text = NumberWords.digits(PlainText.of(raw));
    StringBuilder m = new StringBuilder(text);
    List<Anchor> anchors = new ArrayList<>();
    find(APRIL_TO_MARCH, m, x -> fy(year(x.group(1)), year(x.group(2))), anchors);
    find(YEAR_ENDING, m, x -> fy(Integer.parseInt(x.group(1)) - 1, Integer.parseInt(x.group(1))),
        anchors);
    find(QUARTER, m, x -> quarter(x, 1, 2, 3), anchors);
    find(QUARTER_AFTER, m, x -> quarter(x, 3, 1, 2), anchors);
    find(YEAR_SPAN, m, x -> null, anchors);
    find(FINANCIAL_YEAR, m, x -> fy(Integer.parseInt(x.group(1)), year(x.group(2))), anchors);
    find(SHORT_FINANCIAL_YEAR, m, x -> fy(year(x.group(1)), year(x.group(2))), anchors);
    for (Pattern date : DAY_DATES) {
      find(date, m, x -> null, anchors);
    }
    find(MONTH_YEAR, m, x -> month(x, m), anchors);
    for (Pattern mask : MASKS) {
      find(mask, m, x -> null, anchors);
    }
    anchors.sort(java.util.Comparator.comparingInt(Anchor::start));
    List<Number> numbers = new ArrayList<>();
    Matcher n = NUMBER.matcher(m);
    while (n.find()) {
      try {
        numbers.add(new Number(n.start(), n.end(), Long.parseLong(n.group(1).replace(",", ""))));
      } catch (NumberFormatException tooLong) {
        mask(m, n.start(), n.end());
      }
    }
    return new Sentence(text, m.toString(), List.copyOf(anchors), List.copyOf(numbers));
  }

  /** The masked text between two offsets, with masked runs shown as one mark. */
  String between(int from, int to) {
    return masked.substring(from, to).replaceAll(MASK + "+", " " + MASK + " ");
  }

  private interface Reading {
    Anchor anchor(Matcher m);
  }

  /** Marks each match that is still unmasked: an anchor where it reads as one, else a mask. */
  private static void find(Pattern p, StringBuilder m, Reading reading, List<Anchor> anchors) {
    Matcher x = p.matcher(m.toString());
    while (x.find()) {
      if (x.start() == x.end() || m.substring(x.start(), x.end()).indexOf(MASK) >= 0) {
        continue;
      }
      Anchor a = reading.anchor(x);
      if (a != null) {
        anchors.add(new Anchor(x.start(), x.end(), a.financialYear(), a.date()));
      }
      mask(m, x.start(), x.end());
    }
  }

  private static void mask(StringBuilder m, int from, int to) {
    for (int i = from; i < to; i++) {
      m.setCharAt(i, MASK);
    }
  }

  private static Anchor fy(int first, int second) {
    if (second != first + 1) {
      return null; // "2011-2014" is a period, not a year
    }
    return new Anchor(0, 0, String.format(Locale.ROOT, "%d-%02d", first, second % 100), null);
  }

  private static Anchor quarter(Matcher x, int q, int first, int second) {
    Anchor year = fy(Integer.parseInt(x.group(first)), year(x.group(second)));
    return year == null ? null : new Anchor(0, 0, year.financialYear(),
        "Q" + x.group(q) + " " + x.group(first) + "/" + year.financialYear().substring(5));
  }

  /** A month and year, unless it is one end of a period ("between April 2011 and ..."). */
  private static Anchor month(Matcher x, StringBuilder m) {
    String before = m.substring(Math.max(0, x.start() - 12), x.start());
    String after = m.substring(x.end(), Math.min(m.length(), x.end() + 8));
    if (RANGE_BEFORE.matcher(before).find() || RANGE_AFTER.matcher(after).find()) {
      return null;
    }
    int year = year(x.group(2) != null ? x.group(2) : x.group(3));
    int month = MONTHS.get(x.group(1).substring(0, 3).toLowerCase(Locale.ROOT));
    LocalDate first = LocalDate.of(year, month, 1);
    int start = month >= 4 ? year : year - 1;
    return new Anchor(0, 0, String.format(Locale.ROOT, "%d-%02d", start, (start + 1) % 100),
        first.getMonth().getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH) + " " + year);
  }

  private static int year(String digits) {
    int y = Integer.parseInt(digits);
    return digits.length() == 2 ? 2000 + y : y;
  }
}
