package uk.breachreport.core.normalise;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.Reader;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVRecord;
import uk.breachreport.core.model.Authority;
import uk.breachreport.core.reference.ReferenceCsv;
import uk.breachreport.core.reference.ReferenceSource;

/**
 * The register of authorities in force on one day, loaded from {@code data/reference/register*.csv}.
 * {@link #forPeriod} picks the register file whose validity in {@code registers.csv} covers the
 * period and keeps the authorities in force on the period's last day; the others (abolished or
 * not yet created) stay known as {@link Entry entries}, so an answer from an abolished council
 * can be counted for its successor.
 */
public final class Register implements Serializable {

  private static final long serialVersionUID = 2L;

  /** The first day the register covers; {@code registers.csv} starts there (RegisterTest checks). */
  public static final LocalDate FIRST_DAY = LocalDate.of(2009, 4, 1);

  static final List<String> COLUMNS =
      List.of(
          "code",
          "name",
          "type",
          "nation",
          "region",
          "aliases",
          "population",
          "population_year",
          "population_source");
  /** Columns of a dated register; a register file without them is one set, in force throughout. */
  static final List<String> HISTORY_COLUMNS =
      List.of("start_date", "end_date", "predecessors", "successors", "other_codes");
  static final String REGISTERS_FILE = "registers.csv";
  /** Population figures of other years (code,year,population,source); optional. */
  static final String POPULATIONS_FILE = "populations.csv";
  /** Years a population may be from the period's before quality.json notes it. */
  public static final int POPULATION_YEARS_OFF = 3;

  /**
   * One row of the register, in force or not: the authority, the days it existed ({@code start}
   * null when it existed before {@link #FIRST_DAY}, {@code end} null while it exists), the codes of
   * the councils it replaced and of those that replaced it, and other GSS codes it has had.
   */
  public record Entry(
      Authority authority,
      LocalDate start,
      LocalDate end,
      List<String> predecessors,
      List<String> successors,
      List<String> otherCodes)
      implements Serializable {

    public Entry {
      predecessors = List.copyOf(predecessors);
      successors = List.copyOf(successors);
      otherCodes = List.copyOf(otherCodes);
    }

    public boolean inForceOn(LocalDate day) {
      return (start == null || !day.isBefore(start)) && (end == null || !day.isAfter(end));
    }
  }

  private final LocalDate day;
  private final List<Authority> authorities;
  private final Map<String, Authority> byCode;
  private final Map<String, Entry> entries;
  private final List<Entry> history;
  private final Period period;

  private Register(LocalDate day, List<Entry> rows, Period period) {
    this.day = day;
    this.period = period;
    Map<String, Entry> index = new LinkedHashMap<>();
    for (Entry e : rows) {
      for (String code : codes(e)) {
        Entry earlier = index.putIfAbsent(code, e);
        if (earlier != null) {
          throw new IllegalArgumentException(
              "code '" + code + "' belongs to both " + earlier.authority().label() + " and "
                  + e.authority().label() + "; each code must name one authority");
        }
      }
    }
    this.entries = index;
    this.history = rows.stream().sorted(Comparator.comparing(e -> e.authority().code())).toList();
    this.authorities =
        rows.stream()
            .filter(e -> day == null || e.inForceOn(day))
            .map(Entry::authority)
            .sorted(Comparator.comparing(Authority::code))
            .toList();
    Map<String, Authority> inForce = new LinkedHashMap<>();
    this.authorities.forEach(a -> codes(entries.get(a.code())).forEach(c -> inForce.put(c, a)));
    this.byCode = inForce;
  }

  /** Reads a register CSV with the header {@link #COLUMNS}; every row is in force. */
  public static Register load(Reader csv) {
    return load(csv, null);
  }

  /**
   * Reads a register CSV with the header {@link #COLUMNS} and, optionally, {@link
   * #HISTORY_COLUMNS}; aliases, predecessors, successors and other codes are separated by '|'.
   * The authorities in force are those existing on {@code day} (all of them when it is null).
   */
  public static Register load(Reader csv, LocalDate day) {
    return load("register.csv", csv, day, null, Populations.NONE);
  }

  private static Register load(String file, Reader csv, LocalDate day, Period period,
      Populations populations) {
    Map<String, List<Figure>> figures = populations.figures();
    ReferenceCsv.Table table = ReferenceCsv.read(file, csv).require(COLUMNS);
    boolean dated = HISTORY_COLUMNS.stream().allMatch(table::has);
    Map<String, Entry> seen = new LinkedHashMap<>();
    table.forEach(row -> {
      Entry read = entry(row.record(), dated);
      Entry entry = period == null ? read : new Entry(withNearestPopulation(read.authority(),
          figures.getOrDefault(read.authority().code(), List.of()), period), read.start(),
          read.end(), read.predecessors(), read.successors(), read.otherCodes());
      if (seen.putIfAbsent(entry.authority().code(), entry) != null) {
        throw new IllegalArgumentException(
            "duplicate code '" + entry.authority().code() + "'; each code must appear once");
      }
    });
    // Checked against every row of the register file (its whole history), not those in force.
    populations.firstLines().entrySet().stream().filter(c -> !seen.containsKey(c.getKey()))
        .min(Map.Entry.comparingByValue()).ifPresent(c -> {
          throw new IllegalArgumentException(POPULATIONS_FILE + " line " + c.getValue() + ": code '"
              + c.getKey() + "' is unknown to the register " + file
              + "; use each council's code as the register lists it");
        });
    return new Register(day, new ArrayList<>(seen.values()), period);
  }

  /**
   * The register for a study period: the row of {@code referenceDir/registers.csv} (columns
   * file,valid_from,valid_to; an empty valid_to is open-ended) whose validity covers {@code
   * from..to}, the latest-starting one if several do, with the authorities in force on the
   * period's last day.
   */
  public static Register forPeriod(ReferenceSource reference, Period period) {
    List<Validity> validities = validities(reference);
    Validity chosen =
        validities.stream()
            .filter(v -> v.covers(period.from(), period.to()))
            .max(Comparator.comparing(Validity::from))
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "no register covers the period " + period + "; " + REGISTERS_FILE
                            + " offers " + validities
                            + ". Add a register for that period or choose a covered period."));
    Populations populations = populations(reference);
    try (Reader reader = reference.open(chosen.file())) {
      return load(chosen.file(), reader, period.to(), period, populations);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read register " + chosen.file(), e);
    }
  }

  /** A population figure with its year and source: the register's own or one of populations.csv. */
  public record Figure(long population, int year, String source) implements Serializable {

    /** Mid-year estimates are for 30 June; a census (March) is treated the same, within 4 months. */
    LocalDate day() {
      return LocalDate.of(year, 6, 30);
    }
  }

  /**
   * The figure whose 30 June is nearest the period's middle day, the later one on a tie (so a
   * survey uses the population it was answered in, not an older one); {@code candidates} not empty.
   */
  public static Figure nearest(List<Figure> candidates, Period period) {
    LocalDate middle = period.from().plusDays(period.days() / 2);
    return candidates.stream()
        .min(Comparator.<Figure>comparingLong(f -> Math.abs(ChronoUnit.DAYS.between(middle, f.day())))
            .thenComparing(Figure::year, Comparator.reverseOrder()))
        .orElseThrow();
  }

  /** The authority carrying the figure {@link #nearest} to the period among its own and {@code others}. */
  static Authority withNearestPopulation(Authority a, List<Figure> others, Period period) {
    List<Figure> candidates = new ArrayList<>(others);
    if (a.population() != null && a.populationYear() != null) {
      candidates.add(new Figure(a.population(), a.populationYear(), a.populationSource()));
    }
    if (candidates.isEmpty()) {
      return a;
    }
    Figure f = nearest(candidates, period);
    return a.withPopulation(f.population(), f.year(), f.source());
  }

  /** populations.csv's figures by code, and the line each code first appears on. */
  private record Populations(Map<String, List<Figure>> figures, Map<String, Long> firstLines) {
    static final Populations NONE = new Populations(Map.of(), Map.of());
  }

  /** populations.csv by code; none when the reference folder has none. */
  private static Populations populations(ReferenceSource reference) {
    ReferenceCsv.Table table;
    try (Reader reader = reference.open(POPULATIONS_FILE)) {
      table = ReferenceCsv.read(POPULATIONS_FILE, reader)
          .require(List.of("code", "year", "population", "source"));
    } catch (NoSuchFileException | FileNotFoundException e) {
      // a reference folder without other years: each council keeps the register's figure
      return Populations.NONE;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + POPULATIONS_FILE, e);
    }
    Map<String, List<Figure>> out = new LinkedHashMap<>();
    Map<String, Long> lines = new LinkedHashMap<>();
    table.forEach(row -> {
      String code = required(row.record(), "code").toUpperCase();
      lines.putIfAbsent(code, row.line());
      Long population = number(row.record(), "population", code, Long::valueOf);
      Integer year = number(row.record(), "year", code, Integer::valueOf);
      if (population == null || year == null) {
        throw new IllegalArgumentException("empty population or year");
      }
      List<Figure> figures = out.computeIfAbsent(code, c -> new ArrayList<>());
      if (figures.stream().anyMatch(f -> f.year() == year)) {
        throw new IllegalArgumentException("a second " + year + " figure for " + code
            + "; keep one figure per council and year");
      }
      figures.add(new Figure(population, year, required(row.record(), "source")));
    });
    return new Populations(out, lines);
  }

  /** The authority in force with this code (its current or one of its other GSS codes). */
  public Optional<Authority> byCode(String code) {
    return code == null ? Optional.empty() : Optional.ofNullable(byCode.get(code.trim().toUpperCase()));
  }

  /** Any row of the register by one of its codes, in force or not. */
  public Optional<Entry> entry(String code) {
    return code == null ? Optional.empty() : Optional.ofNullable(entries.get(code.trim().toUpperCase()));
  }

  /**
   * The authorities in force that took over from this code's council, following successions
   * (Taunton Deane, 2019 Somerset West and Taunton, 2023 Somerset): the council itself when in
   * force, several when it was split (Cumbria), none for an unknown code or one not yet created.
   */
  public List<Authority> successorsInForce(String code) {
    return entry(code).stream()
        .flatMap(e -> successorsInForce(e).stream())
        .distinct()
        .sorted(Comparator.comparing(Authority::code))
        .toList();
  }

  private List<Authority> successorsInForce(Entry e) {
    Optional<Authority> inForce = byCode(e.authority().code());
    if (inForce.isPresent()) {
      return List.of(inForce.get());
    }
    return e.successors().stream()
        .flatMap(s -> entry(s).stream())
        .flatMap(s -> successorsInForce(s).stream())
        .toList();
  }

  /**
   * Every row of the register file, in force or not, ordered by code: where a later step finds the
   * councils abolished before or during the period, by name as well as by code.
   */
  public List<Entry> history() {
    return history;
  }

  /**
   * The period this register was chosen for ({@link #forPeriod}); empty when loaded for a day,
   * and then no answer is from before the period.
   */
  public Optional<Period> period() {
    return Optional.ofNullable(period);
  }

  /**
   * How many authorities in force have a population of each year, by year: what the report's
   * methodology states, since a rate per 100,000 depends on it.
   */
  public Map<Integer, Long> populationYears() {
    Map<Integer, Long> years = new TreeMap<>();
    authorities.stream()
        .filter(a -> a.population() != null && a.populationYear() != null)
        .forEach(a -> years.merge(a.populationYear(), 1L, Long::sum));
    return years;
  }

  /**
   * A note for quality.json when a population is more than {@link #POPULATION_YEARS_OFF} years
   * from the period's years: the rates per 100,000 then describe another population than the one
   * the answers come from. Empty when every figure is near enough, or without a period.
   */
  public Optional<String> populationNote() {
    if (period == null) {
      return Optional.empty();
    }
    int from = period.from().getYear();
    int to = period.to().getYear();
    Map<Integer, Long> far = new TreeMap<>(populationYears());
    far.keySet().removeIf(y -> Math.max(from - y, y - to) <= POPULATION_YEARS_OFF);
    if (far.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of("rates per 100,000 use populations of " + far.entrySet().stream()
        .map(e -> e.getKey() + " (" + e.getValue() + " councils)")
        .collect(Collectors.joining(", "))
        + ", more than " + POPULATION_YEARS_OFF + " years from the period " + period
        + ": the register has no nearer figure");
  }

  /** The day whose authorities are in force; null when every row is. */
  public LocalDate day() {
    return day;
  }

  /** All authorities in force, ordered by code. */
  public List<Authority> all() {
    return authorities;
  }

  public int size() {
    return authorities.size();
  }

  private static List<String> codes(Entry e) {
    List<String> codes = new ArrayList<>(List.of(e.authority().code()));
    codes.addAll(e.otherCodes());
    return codes;
  }

  /** One row of registers.csv; {@code to} is null when the register is kept up to date. */
  private record Validity(String file, LocalDate from, LocalDate to) {
    boolean covers(LocalDate periodFrom, LocalDate periodTo) {
      return !periodFrom.isBefore(from) && (to == null || !periodTo.isAfter(to));
    }

    @Override
    public String toString() {
      return file + " " + from + ".." + (to == null ? "today" : to);
    }
  }

  private static List<Validity> validities(ReferenceSource reference) {
    try (Reader reader = reference.open(REGISTERS_FILE)) {
      return ReferenceCsv.read(REGISTERS_FILE, reader)
          .require(List.of("file", "valid_from", "valid_to"))
          .map(row -> new Validity(row.get("file"),
              required(date(row.record(), "valid_from"), "valid_from"),
              date(row.record(), "valid_to")));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + REGISTERS_FILE, e);
    }
  }

  /** The date in {@code column}, null when empty. */
  private static LocalDate date(CSVRecord row, String column) {
    String value = row.get(column);
    if (value.isEmpty()) {
      return null;
    }
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          column + " '" + value + "' is not a date like 2011-04-01", e);
    }
  }

  private static LocalDate required(LocalDate date, String column) {
    if (date == null) {
      throw new IllegalArgumentException("empty " + column);
    }
    return date;
  }

  private static Entry entry(CSVRecord row, boolean dated) {
    Authority authority = authority(row);
    if (!dated) {
      return new Entry(authority, null, null, List.of(), List.of(), List.of());
    }
    LocalDate start = date(row, "start_date");
    LocalDate end = date(row, "end_date");
    if (start != null && end != null && end.isBefore(start)) {
      throw new IllegalArgumentException(
          "end_date " + end + " before start_date " + start + " (" + authority.code() + ")");
    }
    return new Entry(authority, start, end, bar(row, "predecessors"), bar(row, "successors"), bar(row, "other_codes"));
  }

  private static List<String> bar(CSVRecord row, String column) {
    return Arrays.stream(row.get(column).split("\\|")).map(String::trim).filter(s -> !s.isEmpty()).toList();
  }

  private static Authority authority(CSVRecord row) {
    String code = required(row, "code").toUpperCase();
    return new Authority(
        code,
        required(row, "name"),
        blankToNull(row.get("type")),
        required(row, "nation"),
        blankToNull(row.get("region")),
        bar(row, "aliases"),
        number(row, "population", code, Long::valueOf),
        number(row, "population_year", code, Integer::valueOf),
        blankToNull(row.get("population_source")));
  }

  private static String required(CSVRecord row, String column) {
    String value = row.get(column);
    if (value.isEmpty()) {
      throw new IllegalArgumentException(
          "empty " + column + "; every authority needs one");
    }
    return value;
  }

  private static <T> T number(
      CSVRecord row, String column, String code, Function<String, T> parse) {
    String value = row.get(column);
    if (value.isEmpty()) {
      return null;
    }
    try {
      return parse.apply(value.replace(",", ""));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          column + " '" + value + "' (" + code + ") is not a whole number", e);
    }
  }

  private static String blankToNull(String value) {
    return value == null || value.isEmpty() ? null : value;
  }
}
