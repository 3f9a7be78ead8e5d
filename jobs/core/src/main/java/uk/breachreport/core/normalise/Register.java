package uk.breachreport.core.normalise;

import java.io.IOException;
import java.io.Reader;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import uk.breachreport.core.model.Authority;
import uk.breachreport.core.reference.ReferenceSource;

/**
 * The register of authorities in force for a study period, loaded from
 * {@code data/reference/register-*.csv}. {@link #forPeriod} picks the register file whose validity
 * in {@code registers.csv} covers the period.
 */
public final class Register implements Serializable {

  private static final long serialVersionUID = 1L;

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
  static final String REGISTERS_FILE = "registers.csv";

  private final List<Authority> authorities;
  private final Map<String, Authority> byCode;

  private Register(List<Authority> authorities) {
    this.authorities =
        authorities.stream().sorted(Comparator.comparing(Authority::code)).toList();
    Map<String, Authority> index = new LinkedHashMap<>();
    this.authorities.forEach(a -> index.put(a.code(), a));
    this.byCode = index;
  }

  /** Reads a register CSV with the header {@link #COLUMNS}; aliases are separated by '|'. */
  public static Register load(Reader csv) {
    CSVFormat format =
        CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).get();
    try (CSVParser parser = CSVParser.parse(csv, format)) {
      List<String> missing =
          COLUMNS.stream().filter(c -> !parser.getHeaderMap().containsKey(c)).toList();
      if (!missing.isEmpty()) {
        throw new IllegalArgumentException(
            "register is missing column(s) " + missing + "; expected header " + String.join(",", COLUMNS));
      }
      Map<String, Authority> seen = new LinkedHashMap<>();
      for (CSVRecord row : parser) {
        Authority authority = authority(row);
        if (seen.putIfAbsent(authority.code(), authority) != null) {
          throw new IllegalArgumentException(
              "duplicate code '" + authority.code() + "' at line " + line(row)
                  + " of the register; each code must appear once");
        }
      }
      return new Register(new ArrayList<>(seen.values()));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the register", e);
    }
  }

  /**
   * The register for a study period: the row of {@code referenceDir/registers.csv} (columns
   * file,valid_from,valid_to) whose validity covers {@code from..to}; the latest-starting one if
   * several do.
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
    try (Reader reader = reference.open(chosen.file())) {
      return load(reader);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read register " + chosen.file(), e);
    }
  }

  public Optional<Authority> byCode(String code) {
    return code == null ? Optional.empty() : Optional.ofNullable(byCode.get(code.trim().toUpperCase()));
  }

  /** All authorities, ordered by code. */
  public List<Authority> all() {
    return authorities;
  }

  public int size() {
    return authorities.size();
  }

  private record Validity(String file, LocalDate from, LocalDate to) {
    boolean covers(LocalDate periodFrom, LocalDate periodTo) {
      return !periodFrom.isBefore(from) && !periodTo.isAfter(to);
    }

    @Override
    public String toString() {
      return file + " " + from + ".." + to;
    }
  }

  private static List<Validity> validities(ReferenceSource reference) {
    String registers = REGISTERS_FILE;
    CSVFormat format =
        CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).get();
    try (Reader reader = reference.open(registers);
        CSVParser parser = CSVParser.parse(reader, format)) {
      List<Validity> out = new ArrayList<>();
      for (CSVRecord row : parser) {
        out.add(new Validity(row.get("file"), date(row, "valid_from"), date(row, "valid_to")));
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + registers, e);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(registers + ": " + e.getMessage(), e);
    }
  }

  private static LocalDate date(CSVRecord row, String column) {
    String value = row.get(column);
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          column + " '" + value + "' at line " + line(row) + " is not a date like 2011-04-01", e);
    }
  }

  private static Authority authority(CSVRecord row) {
    String code = required(row, "code").toUpperCase();
    return new Authority(
        code,
        required(row, "name"),
        blankToNull(row.get("type")),
        required(row, "nation"),
        blankToNull(row.get("region")),
        Arrays.stream(row.get("aliases").split("\\|")).map(String::trim).filter(s -> !s.isEmpty()).toList(),
        number(row, "population", code, Long::valueOf),
        number(row, "population_year", code, Integer::valueOf),
        blankToNull(row.get("population_source")));
  }

  private static String required(CSVRecord row, String column) {
    String value = row.get(column);
    if (value.isEmpty()) {
      throw new IllegalArgumentException(
          "empty " + column + " at line " + line(row) + " of the register; every authority needs one");
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
          column + " '" + value + "' at line " + line(row) + " (" + code + ") is not a whole number", e);
    }
  }

  private static String blankToNull(String value) {
    return value == null || value.isEmpty() ? null : value;
  }

  private static long line(CSVRecord row) {
    return row.getRecordNumber() + 1;
  }
}
