package uk.breachreport.core.quality;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import uk.breachreport.core.ingest.Manifest;
import uk.breachreport.core.model.Authority;
import uk.breachreport.core.model.ManifestEntry;
import uk.breachreport.core.normalise.CouncilResolver;
import uk.breachreport.core.normalise.Resolution;

/**
 * The manifest's lines for requests that produced no file, as councils' statuses, and its
 * problems for quality.json: a line whose council is not found or that has no status, and a file
 * named that is not in the input.
 */
public record ManifestCheck(List<CouncilStatus> statuses, List<String> problems) {

  public ManifestCheck {
    statuses = List.copyOf(statuses);
    problems = List.copyOf(problems);
  }

  /** @param inputFiles the answers' paths relative to the input's root */
  public static ManifestCheck of(Manifest manifest, CouncilResolver resolver,
      Set<String> inputFiles) {
    List<CouncilStatus> statuses = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    for (ManifestEntry e : manifest.withoutFile()) {
      Resolution council = resolver.resolve(e.authority());
      Optional<Authority> authority = council.resolved();
      if (authority.isEmpty() || e.status() == null) {
        problems.add("manifest.csv line " + e.line() + ": " + (authority.isEmpty()
            ? council.reason() : "a line with no file needs a status"));
        continue;
      }
      statuses.add(new CouncilStatus(authority.get().code(), e.status().name(), e.note()));
    }
    manifest.missing(inputFiles).forEach(e -> problems.add("manifest.csv line " + e.line()
        + ": file '" + e.file() + "' is not in the input"));
    return new ManifestCheck(statuses, problems);
  }
}
