package uk.breachreport.core.quality;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * One input file in the reconciliation: its outcome, and how its data rows split into records,
 * exclusions, records held for review and rejects; {@code repeats} is the file a
 * {@code DUPLICATE} or {@code SUPERSEDED} one gives way to. {@code records} and {@code excluded}
 * count normalised records, which for summary tables can be several per row. {@code evidence}
 * says why a used file, nil return or refusal was taken as an answer about breaches (null for
 * the others). A file without a layout has a null one, never an empty one.
 */
@JsonPropertyOrder({"file", "authority_code", "outcome", "layout", "records", "excluded",
    "held_for_review", "data_rows", "rejected_rows", "reason", "evidence", "repeats"})
public record FileSummary(
    String file,
    String authorityCode,
    String outcome,
    String layout,
    String reason,
    long dataRows,
    long rejectedRows,
    @JsonIgnore long totalsRows,
    @JsonIgnore long noteRows,
    long records,
    long excluded,
    @JsonProperty("held_for_review") long held,
    @JsonInclude(JsonInclude.Include.NON_NULL) String repeats,
    String evidence) {

  public FileSummary {
    layout = layout == null || layout.isEmpty() ? null : layout;
  }
}
