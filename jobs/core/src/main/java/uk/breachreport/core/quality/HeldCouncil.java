package uk.breachreport.core.quality;

import java.util.List;

/** A council held for review: the figure held back and every check it failed. */
public record HeldCouncil(String code, String name, long breaches, List<Hold> reasons) {

  public HeldCouncil {
    reasons = List.copyOf(reasons);
  }

  /** The reasons in one line: "HUGE_CELL: a single count of 48,210 ...; ...". */
  public String reasonText() {
    return String.join("; ", reasons.stream().map(h -> h.code() + ": " + h.message()).toList());
  }
}
