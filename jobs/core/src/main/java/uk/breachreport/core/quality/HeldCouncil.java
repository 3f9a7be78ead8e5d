package uk.breachreport.core.quality;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** A council held for review: the figure held back and every check it failed. */
public record HeldCouncil(
    @JsonProperty("authority_code") String code,
    @JsonProperty("authority_name") String name,
    @JsonProperty("breaches_held") long breaches,
    List<Hold> reasons) {

  public HeldCouncil {
    reasons = List.copyOf(reasons);
  }

  /** The reasons in one line: "HUGE_CELL: a single count of 48,210 ...; ...". */
  @JsonIgnore
  public String reasonText() {
    return String.join("; ", reasons.stream().map(h -> h.code() + ": " + h.message()).toList());
  }
}
