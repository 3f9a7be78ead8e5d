package uk.breachreport.core.model;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * A principal local authority from the register: GSS code (legacy 95A-95Z in Northern Ireland),
 * canonical name, the other names councils and file names use, and a population with its year and
 * source. {@code region} is null outside England; {@code population} is null when unknown.
 */
public record Authority(
    String code,
    String name,
    String type,
    String nation,
    String region,
    List<String> aliases,
    Long population,
    Integer populationYear,
    String populationSource)
    implements Serializable {

  public Authority {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(name, "name");
    aliases = aliases == null ? List.of() : List.copyOf(aliases);
  }

  /** The same authority with another population figure (the one chosen for a survey period). */
  public Authority withPopulation(Long population, Integer populationYear, String populationSource) {
    return new Authority(code, name, type, nation, region, aliases, population, populationYear, populationSource);
  }

  /** "Southampton City Council (E06000045)", the form used in messages. */
  public String label() {
    return name + " (" + code + ")";
  }
}
