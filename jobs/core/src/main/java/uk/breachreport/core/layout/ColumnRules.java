package uk.breachreport.core.layout;

import java.io.Reader;
import java.io.Serializable;
import java.util.Optional;
import java.util.regex.Pattern;
import uk.breachreport.core.reference.Memo;
import uk.breachreport.core.reference.PatternRules;

/** Recognises header cells, from {@code data/reference/columns.csv}. */
public final class ColumnRules implements Serializable {

  private static final long serialVersionUID = 1L;

  private final PatternRules<Field> rules;
  /**
   * Answers by cell text: every cell of a sheet's first rows is tried against every rule, and
   * headings repeat from answer to answer.
   */
  private final Memo<String, Optional<Field>> answers = new Memo<>(20_000);

  private ColumnRules(PatternRules<Field> rules) {
    this.rules = rules;
  }

  public static ColumnRules load(Reader csv) {
    return new ColumnRules(PatternRules.load("columns.csv", csv, "field", Field.class));
  }

  /** The field of the first rule that matches the header cell, if any. */
  public Optional<Field> field(String header) {
    if (header == null) {
      return rules.first(null);
    }
    return answers.get(header, rules::first);
  }

  /** Does a data cell read like the word "total" that starts a totals or subtotal row? */
  public static boolean isTotalLabel(String cell) {
    // Asked of every row of a table: most cells hold no "t" at all, and need no matcher.
    return (cell.indexOf('t') >= 0 || cell.indexOf('T') >= 0) && TOTAL_ROW.matcher(cell).find();
  }

  /**
   * Is a whole cell a totals label ("Total", "Sub-total:", "Grand total", "Total 2011/12"), as
   * opposed to a type of breach that happens to start with the word ("Total loss of records")?
   */
  public static boolean isTotalCell(String cell) {
    return TOTAL_CELL.matcher(cell).matches();
  }

  private static final Pattern TOTAL_ROW = Pattern.compile(
      "^\\s*(grand\\s+|overall\\s+)?(sub[-\\s]?)?totals?\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern TOTAL_CELL = Pattern.compile(
      "\\s*(grand\\s+|overall\\s+)?(sub[-\\s]?)?totals?(\\s+(for\\s+)?\\d{4}\\s*[/-]\\s*\\d{2,4})?\\s*:?\\s*",
      Pattern.CASE_INSENSITIVE);
}
