package uk.breachreport.core.quality;

import java.io.Reader;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import uk.breachreport.core.model.Action;
import uk.breachreport.core.model.Authority;
import uk.breachreport.core.model.Category;
import uk.breachreport.core.model.DatePrecision;
import uk.breachreport.core.model.FileOutcome;
import uk.breachreport.core.model.Incident;
import uk.breachreport.core.model.ResponseStatus;
import uk.breachreport.core.model.SourceRef;
import uk.breachreport.core.normalise.CouncilResolver;
import uk.breachreport.core.reference.ReferenceCsv;

/**
 * {@code corrections.csv} at the input root ({@code authority,file,sheet,row,field,value,note}):
 * the analyst's decisions after review, applied after reading without touching the council's
 * file. A line that cannot be read, or that matches nothing, is an error in {@code quality.json},
 * never ignored.
 */
public final class Corrections implements Serializable {

  public static final String FILE_NAME = "corrections.csv";
  public static final Corrections NONE = new Corrections(List.of(), List.of());

  private static final List<String> COLUMNS =
      List.of("authority", "file", "sheet", "row", "field", "value", "note");

  /** A record with a correction applied: the record, or why it is now excluded. */
  public record Edited(Incident incident, String excludedBecause, Integer line) {}

  private final List<Correction> lines;
  private final List<String> unreadable;

  private Corrections(List<Correction> lines, List<String> unreadable) {
    this.lines = List.copyOf(lines);
    this.unreadable = List.copyOf(unreadable);
  }

  /**
   * Every line read as every reference file is ({@link ReferenceCsv}: byte-order mark, blank and
   * {@code #} lines, the line an editor shows); a line that cannot be applied, or a file that is
   * not CSV, is kept as an error, not thrown.
   */
  public static Corrections load(Reader csv, CouncilResolver councils) {
    ReferenceCsv.Table table;
    try {
      table = ReferenceCsv.read(FILE_NAME, csv).require(COLUMNS);
    } catch (IllegalArgumentException e) {
      return new Corrections(List.of(), List.of(e.getMessage()));
    }
    List<Correction> lines = new ArrayList<>();
    List<String> errors = new ArrayList<>();
    for (ReferenceCsv.Row r : table.rows()) {
      try {
        lines.add(read(r, (int) r.line(), councils));
      } catch (IllegalArgumentException e) {
        errors.add(FILE_NAME + " line " + r.line() + ": " + e.getMessage());
      }
    }
    return new Corrections(lines, errors);
  }

  private static Correction read(ReferenceCsv.Row r, int line, CouncilResolver councils) {
    String authority = blank(r.get("authority"));
    String file = blank(r.get("file"));
    String sheet = blank(r.get("sheet"));
    String rowText = blank(r.get("row"));
    String value = blank(r.get("value"));
    Correction.Field field;
    try {
      field = Correction.Field.valueOf(r.get("field").trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("unknown field '" + r.get("field") + "'; expected one of "
          + Arrays.stream(Correction.Field.values()).map(f -> f.name().toLowerCase()).toList());
    }
    Integer row;
    try {
      row = rowText == null ? null : Integer.valueOf(rowText);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("row '" + rowText + "' is not a row number");
    }
    String code = null;
    if (authority != null) {
      Optional<Authority> a = councils.resolve(authority).resolved();
      if (a.isEmpty()) {
        throw new IllegalArgumentException(councils.resolve(authority).reason());
      }
      code = a.get().code();
    }
    Correction c = new Correction(line, authority, code, file, sheet, row, field,
        value == null ? null : normalValue(field, value), blank(r.get("note")));
    check(c);
    return c;
  }

  /** What each field needs, so a wrong line is reported when read, not half applied. */
  private static void check(Correction c) {
    boolean council = c.field() == Correction.Field.STATUS || c.field() == Correction.Field.TOTAL
        || c.field() == Correction.Field.CONFIRM;
    if (council && c.authorityCode() == null) {
      throw new IllegalArgumentException(c.field().name().toLowerCase() + " needs an authority");
    }
    if ((c.field() == Correction.Field.CATEGORY || c.field() == Correction.Field.ACTION)
        && (c.file() == null || c.row() == null)) {
      throw new IllegalArgumentException(c.field().name().toLowerCase()
          + " needs the file and row of the record");
    }
    if (c.field() == Correction.Field.EXCLUDE && c.file() == null) {
      throw new IllegalArgumentException("exclude needs a file (and a row to exclude one row)");
    }
    if (c.note() == null) {
      throw new IllegalArgumentException("a correction needs a note saying why");
    }
    boolean needsValue = c.field() != Correction.Field.EXCLUDE
        && c.field() != Correction.Field.CONFIRM;
    if (needsValue && c.value() == null) {
      throw new IllegalArgumentException(c.field().name().toLowerCase() + " needs a value");
    }
  }

  private static String normalValue(Correction.Field field, String value) {
    String upper = value.toUpperCase(Locale.ROOT).replace(' ', '_');
    switch (field) {
      case STATUS -> enumValue(ResponseStatus.class, upper, "status");
      case CATEGORY -> enumValue(Category.class, upper, "category");
      case ACTION -> enumValue(Action.class, upper, "action");
      case TOTAL, CONFIRM -> {
        try {
          long n = Long.parseLong(value.replace(",", ""));
          if (n < 0) {
            throw new NumberFormatException();
          }
          return Long.toString(n);
        } catch (NumberFormatException e) {
          throw new IllegalArgumentException("value '" + value + "' is not a number of breaches");
        }
      }
      case EXCLUDE -> {
        return value;
      }
    }
    return upper;
  }

  private static <E extends Enum<E>> void enumValue(Class<E> type, String value, String what) {
    try {
      Enum.valueOf(type, value);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("unknown " + what + " '" + value + "'; expected one of "
          + Arrays.toString(type.getEnumConstants()));
    }
  }

  private static String blank(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }

  public List<Correction> lines() {
    return lines;
  }

  /** Lines that could not be read, each "corrections.csv line N: why". */
  public List<String> unreadable() {
    return unreadable;
  }

  /** Whole files left out: their outcome becomes EXCLUDED; each line applied goes in effects. */
  public List<FileDecision> fileExclusions(Set<String> inputFiles, Map<Integer, String> effects) {
    List<FileDecision> out = new ArrayList<>();
    for (Correction c : lines) {
      if (c.field() == Correction.Field.EXCLUDE && c.row() == null
          && inputFiles.contains(c.file())) {
        out.add(new FileDecision(c.file(), FileOutcome.EXCLUDED, null,
            "excluded by " + c.label() + ": " + c.note()));
        effects.put(c.line(), "file excluded");
      }
    }
    return out;
  }

  /** The line that sets a council's field, the last one when several do. */
  public Optional<Correction> forCouncil(String code, Correction.Field field) {
    Correction found = null;
    for (Correction c : lines) {
      if (c.field() == field && code.equals(c.authorityCode())) {
        found = c;
      }
    }
    return Optional.ofNullable(found);
  }

  /** A counted record with the corrections of its row applied, in the order of the file. */
  public Edited edit(Incident incident) {
    Incident i = incident;
    Integer applied = null;
    SourceRef where = new SourceRef(i.sourceFile(), i.sourceSheet(), i.sourceRow());
    for (Correction c : lines) {
      if (c.row() == null || !matches(c, where)) {
        continue;
      }
      applied = c.line();
      switch (c.field()) {
        case EXCLUDE -> {
          return new Edited(null, "excluded by " + c.label() + ": " + c.note(), c.line());
        }
        case CATEGORY -> i = with(i, Category.valueOf(c.value()), i.actionTaken());
        case ACTION -> i = with(i, i.category(), Action.valueOf(c.value()));
        default -> { }
      }
    }
    return new Edited(i, null, applied);
  }

  private static boolean matches(Correction c, SourceRef where) {
    return c.file().equals(where.file()) && c.row() == where.row()
        && (c.sheet() == null || c.sheet().equals(where.sheet()));
  }

  private static Incident with(Incident i, Category category, Action action) {
    return new Incident(i.authorityCode(), i.authorityName(), i.authorityType(), i.nation(),
        i.region(), i.financialYear(), i.incidentDate(), i.datePrecision(), category, i.channel(),
        i.incidentCount(), i.suppressed(), i.peopleAffected(), i.involvesChildren(),
        i.sensitiveData(), action, i.reportedToIco(), i.description(), i.sourceFile(),
        i.sourceSheet(), i.sourceRow(), i.sourceSha256(), i.sourceLayout(), i.sourceHeaderRow());
  }

  /** The one record that stands for a council's total set by {@code c}, in place of its own. */
  public static Incident totalRecord(Authority a, Correction c, String sha256) {
    return new Incident(a.code(), a.name(), a.type(), a.nation(), a.region(), null, null,
        DatePrecision.PERIOD, Category.UNSPECIFIED, null, Long.valueOf(c.value()), false, null,
        null, null, Action.UNKNOWN, null, "total set by " + c.label() + ": " + c.note(),
        FILE_NAME, null, c.line(), sha256, "CORRECTION", 1);
  }

  /**
   * {@code quality.json}'s view: each line that was applied with its note and what it did, and
   * an error for each line that could not be read or matched nothing.
   *
   * @param effects what each applied line did, by line number
   * @param refused why a line that matched was still not applied, by line number; a line in
   *     neither map matched nothing
   */
  public CorrectionsReport report(Map<Integer, String> effects, Map<Integer, String> refused) {
    List<AppliedCorrection> applied = new ArrayList<>();
    List<String> errors = new ArrayList<>(unreadable);
    for (Correction c : lines) {
      String effect = effects.get(c.line());
      if (effect == null) {
        errors.add(c.label() + " for " + c.target() + ": "
            + refused.getOrDefault(c.line(), "matches nothing") + ", not applied");
        continue;
      }
      applied.add(new AppliedCorrection(c.line(), c.target(), c.authorityCode(),
          c.field().name().toLowerCase(), c.value(), c.note(), effect));
    }
    return new CorrectionsReport(applied, errors);
  }
}
