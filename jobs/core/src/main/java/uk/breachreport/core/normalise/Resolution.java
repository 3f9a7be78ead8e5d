package uk.breachreport.core.normalise;

import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import uk.breachreport.core.model.Authority;

/** Which council a text, file name or file content belongs to, or why that is not known. */
public sealed interface Resolution extends Serializable
    permits Resolution.Resolved, Resolution.Ambiguous, Resolution.Unresolved, Resolution.NotCounted {

  String MANIFEST = "manifest";
  String CODE_IN_FILE_NAME = "code in file name";
  String NAME_IN_FILE_NAME = "name in file name";
  String NAME_IN_CONTENT = "name in content";

  /** One sentence for the rejects output and quality.json. */
  String reason();

  /** The authority when resolved, else empty. */
  default Optional<Authority> resolved() {
    return this instanceof Resolved r ? Optional.of(r.authority()) : Optional.empty();
  }

  /** {@code how} is one of the constants above. */
  record Resolved(Authority authority, String how) implements Resolution {
    @Override
    public String reason() {
      return "resolved to " + authority.label() + " by " + how;
    }
  }

  /** {@code candidates} are ordered by name. */
  record Ambiguous(String text, List<Authority> candidates) implements Resolution {
    public Ambiguous {
      candidates = List.copyOf(candidates);
    }

    @Override
    public String reason() {
      return "council name '" + text + "' is ambiguous: "
          + candidates.stream().map(Authority::label).collect(Collectors.joining(", "));
    }
  }

  record Unresolved(String text) implements Resolution {
    @Override
    public String reason() {
      return "no council code or name from the register found in '" + text + "'";
    }
  }

  /**
   * A council the register knows but no answer can be counted for in this period: abolished before
   * the period starts, or split between successors so that no one of them can be credited.
   * {@code reason} says which.
   */
  record NotCounted(Authority authority, String how, String reason) implements Resolution {}
}
