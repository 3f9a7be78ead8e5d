package uk.breachreport.core.ingest;

import java.io.Reader;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import uk.breachreport.core.model.ManifestEntry;
import uk.breachreport.core.model.ResponseStatus;
import uk.breachreport.core.reference.ReferenceCsv;

/** The optional {@code manifest.csv} at the input root: {@code file,authority[,status,note]}. */
public final class Manifest implements Serializable {

  private static final long serialVersionUID = 1L;
  public static final String FILE_NAME = "manifest.csv";
  public static final Manifest EMPTY = new Manifest(List.of());

  private final List<ManifestEntry> entries;
  private final Map<String, ManifestEntry> byFile = new HashMap<>();

  private Manifest(List<ManifestEntry> entries) {
    this.entries = List.copyOf(entries);
    for (ManifestEntry e : entries) {
      if (e.file() != null && byFile.put(key(e.file()), e) != null) {
        throw new IllegalArgumentException("manifest.csv line " + e.line() + ": file '" + e.file()
            + "' is listed twice; give each file one line");
      }
    }
  }

  public static Manifest load(Reader csv) {
    ReferenceCsv.Table table = ReferenceCsv.read("manifest.csv", csv);
    if (!table.rows().isEmpty() && !table.has("authority")) {
      throw new IllegalArgumentException(
          "manifest.csv must have a header row with the columns file,authority[,status,note]");
    }
    return new Manifest(table.map(Manifest::entry));
  }

  private static ManifestEntry entry(ReferenceCsv.Row r) {
    String file = optional(r, "file");
    String authority = optional(r, "authority");
    if (authority == null) {
      throw new IllegalArgumentException("no authority given");
    }
    String statusText = optional(r, "status");
    ResponseStatus status = null;
    if (statusText != null) {
      status = switch (statusText.toLowerCase(Locale.ROOT)) {
        case "no_response" -> ResponseStatus.NO_RESPONSE;
        case "refused" -> ResponseStatus.REFUSED;
        case "nil_return" -> ResponseStatus.NIL_RETURN;
        default -> throw new IllegalArgumentException("status '" + statusText
            + "' is not one of no_response, refused, nil_return");
      };
    }
    return new ManifestEntry((int) r.line(), file, authority, status, optional(r, "note"));
  }

  private static String optional(ReferenceCsv.Row r, String column) {
    String value = r.optional(column).strip();
    return value.isEmpty() ? null : value;
  }

  private static String key(String file) {
    return file.replace('\\', '/').replaceFirst("^\\./", "");
  }

  public Optional<ManifestEntry> forFile(String relativePath) {
    return Optional.ofNullable(byFile.get(key(relativePath)));
  }

  public List<ManifestEntry> entries() {
    return entries;
  }

  /** Lines for requests that produced no file: a refusal by e-mail, no answer at all. */
  public List<ManifestEntry> withoutFile() {
    return entries.stream().filter(e -> e.file() == null).toList();
  }

  /** Listed files that are not in the input. */
  public List<ManifestEntry> missing(java.util.Set<String> inputFiles) {
    return entries.stream()
        .filter(e -> e.file() != null && inputFiles.stream().map(Manifest::key)
            .noneMatch(key(e.file())::equals))
        .toList();
  }
}
