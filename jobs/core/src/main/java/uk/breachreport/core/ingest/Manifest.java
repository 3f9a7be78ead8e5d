package uk.breachreport.core.ingest;

import java.io.Reader;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVRecord;
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
    List<CSVRecord> records = ReferenceCsv.read(csv);
    if (!records.isEmpty() && !records.get(0).isMapped("authority")) {
      throw new IllegalArgumentException(
          "manifest.csv must have a header row with the columns file,authority[,status,note]");
    }
    return new Manifest(records.stream().map(Manifest::entry).toList());
  }

  private static ManifestEntry entry(CSVRecord r) {
    int line = (int) r.getRecordNumber() + 1;
    String file = optional(r, "file");
    String authority = optional(r, "authority");
    if (authority == null) {
      throw new IllegalArgumentException("manifest.csv line " + line + ": no authority given");
    }
    String statusText = optional(r, "status");
    ResponseStatus status = null;
    if (statusText != null) {
      status = switch (statusText.toLowerCase(Locale.ROOT)) {
        case "no_response" -> ResponseStatus.NO_RESPONSE;
        case "refused" -> ResponseStatus.REFUSED;
        case "nil_return" -> ResponseStatus.NIL_RETURN;
        default -> throw new IllegalArgumentException("manifest.csv line " + line + ": status '"
            + statusText + "' is not one of no_response, refused, nil_return");
      };
    }
    return new ManifestEntry(line, file, authority, status, optional(r, "note"));
  }

  private static String optional(CSVRecord r, String column) {
    if (!r.isMapped(column) || !r.isSet(column)) {
      return null;
    }
    String value = r.get(column).strip();
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
