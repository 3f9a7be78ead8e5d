package uk.breachreport.sample;

import java.util.List;
import uk.breachreport.core.model.ResponseStatus;

/**
 * One council's known truth in the expected-totals file. {@code breaches} is null where the
 * council gave no figure (refused, no response); {@code file} is empty where there is no file.
 */
record ExpectedRow(
    Council council,
    ResponseStatus status,
    Integer breaches,
    boolean lowerBound,
    int excludedRows,
    String file) {

  static final String HEADER = "code,name,status,breaches,lower_bound,excluded_rows,file";

  static ExpectedRow responded(Council council, Written written, String file) {
    return new ExpectedRow(
        council,
        ResponseStatus.RESPONDED,
        written.breaches(),
        written.lowerBound(),
        written.excludedRows(),
        file);
  }

  static ExpectedRow nil(Council council, String file) {
    return new ExpectedRow(council, ResponseStatus.NIL_RETURN, 0, false, 0, file);
  }

  static ExpectedRow refused(Council council, String file) {
    return new ExpectedRow(council, ResponseStatus.REFUSED, null, false, 0, file);
  }

  /** Figures too implausible to publish: unranked, no breaches shown. */
  static ExpectedRow held(Council council, String file) {
    return new ExpectedRow(council, ResponseStatus.HELD_FOR_REVIEW, null, false, 0, file);
  }

  static ExpectedRow noResponse(Council council) {
    return new ExpectedRow(council, ResponseStatus.NO_RESPONSE, null, false, 0, "");
  }

  List<String> values() {
    return List.of(
        council.code(),
        council.name(),
        status.name(),
        breaches == null ? "" : breaches.toString(),
        Boolean.toString(lowerBound),
        Integer.toString(excludedRows),
        file);
  }
}
