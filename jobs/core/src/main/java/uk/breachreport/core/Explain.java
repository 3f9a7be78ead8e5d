package uk.breachreport.core;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import uk.breachreport.core.answer.AnswerParser;
import uk.breachreport.core.ingest.DocumentReader;
import uk.breachreport.core.ingest.FileFormat;
import uk.breachreport.core.ingest.Manifest;
import uk.breachreport.core.ingest.UnreadableFileException;
import uk.breachreport.core.layout.BreachEvidence;
import uk.breachreport.core.layout.Extraction;
import uk.breachreport.core.layout.TableExtractor;
import uk.breachreport.core.layout.TableHeader;
import uk.breachreport.core.model.FileOutcome;
import uk.breachreport.core.model.FileResult;
import uk.breachreport.core.model.Incident;
import uk.breachreport.core.model.ManifestEntry;
import uk.breachreport.core.model.RawRecord;
import uk.breachreport.core.model.RowReject;
import uk.breachreport.core.model.RowSink;
import uk.breachreport.core.model.SheetRow;
import uk.breachreport.core.normalise.IncidentNormaliser;
import uk.breachreport.core.normalise.Normalised;
import uk.breachreport.core.normalise.Period;
import uk.breachreport.core.reference.ReferenceSource;

/**
 * {@code scripts/explain FILE [--authority CODE]}: how one answer is read, without Spark: its
 * format, the council and why, the tables found and the evidence that they are about breaches,
 * each row and the record or reject it became (the text, when there is no table), and the
 * status it gets. The answer goes through the same {@link AnswerParser} as in the job; a
 * {@code manifest.csv} in the file's folder or a folder above it is used as the job would.
 */
public final class Explain {

  static final String USAGE = "usage: explain FILE [--authority CODE] [--reference DIR]"
      + " [--period 2011-04-01..2014-03-31]";
  /** A log of a million rows is explained by its first rows; the counts cover them all. */
  static final int ROWS_SHOWN = 500;

  private Explain() {}

  public static void main(String[] args) {
    try {
      explain(Arguments.parse(args), System.out);
    } catch (IllegalArgumentException e) {
      System.err.println("explain: " + e.getMessage());
      System.exit(2);
    } catch (IOException e) {
      System.err.println("explain: cannot read " + e.getMessage());
      System.exit(3);
    }
  }

  /** The command line, checked. */
  record Arguments(Path file, Optional<String> authority, Path reference, Period period) {

    static Arguments parse(String[] args) {
      Path file = null;
      Optional<String> authority = Optional.empty();
      Path reference = Path.of("data/reference");
      Period period = Period.STUDY;
      for (int i = 0; i < args.length; i++) {
        String arg = args[i];
        if (arg.startsWith("--")) {
          if (i + 1 >= args.length || args[i + 1].startsWith("--")) {
            throw new IllegalArgumentException("option " + arg + " needs a value; " + USAGE);
          }
          String value = args[++i];
          switch (arg) {
            case "--authority" -> authority = Optional.of(value);
            case "--reference" -> reference = Path.of(value);
            case "--period" -> period = Period.parse(value);
            default -> throw new IllegalArgumentException("unknown option " + arg + "; " + USAGE);
          }
        } else if (file == null) {
          file = Path.of(arg);
        } else {
          throw new IllegalArgumentException("one file only, not also '" + arg + "'; " + USAGE);
        }
      }
      if (file == null) {
        throw new IllegalArgumentException("no file given; " + USAGE);
      }
      if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
        throw new IllegalArgumentException("cannot read file '" + file + "'");
      }
      if (!Files.isDirectory(reference)) {
        throw new IllegalArgumentException("no reference folder '" + reference + "'");
      }
      return new Arguments(file, authority, reference, period);
    }
  }

  static void explain(Arguments a, PrintStream out) throws IOException {
    ReferenceData reference = ReferenceData.load(ReferenceSource.folder(a.reference()), a.period());
    AnswerParser parser = new AnswerParser(reference.columns(), reference.statuses(),
        reference.resolver(), reference.evidence());
    if (a.file().getFileName().toString().equals(Manifest.FILE_NAME)) {
      out.println("file:      " + a.file() + " is a manifest: the job reads it as the analyst's"
          + " list of councils and statuses, not as an answer");
      return;
    }
    byte[] bytes = Files.readAllBytes(a.file());
    Path root = manifestRoot(a.file());
    String name = root == null ? a.file().getFileName().toString()
        : root.relativize(a.file().toAbsolutePath().normalize()).toString();
    Optional<ManifestEntry> manifest = a.authority().isPresent()
        ? Optional.of(new ManifestEntry(0, name, a.authority().get(), null, "--authority"))
        : root == null ? Optional.empty() : manifest(root).forFile(name);
    FileResult result = parser.parse(name, bytes, manifest);

    out.printf("file:      %s (%,d bytes, sha256 %s)%n", a.file(), bytes.length, result.sha256());
    out.printf("format:    %s, told by its name; its bytes are checked when read%n",
        FileFormat.ofName(name));
    a.authority().ifPresent(c -> out.println("given:     --authority " + c));
    if (a.authority().isEmpty() && manifest.isPresent()) {
      out.println("manifest:  " + root.resolve(Manifest.FILE_NAME) + " line "
          + manifest.get().line() + ": " + manifest.get().authority()
          + (manifest.get().status() == null ? "" : ", " + manifest.get().status()));
    }
    out.println("council:   " + (result.authorityCode() == null ? "none"
        : reference.register().byCode(result.authorityCode()).map(x -> x.label())
            .orElse(result.authorityCode()))
        + (result.resolvedHow() == null ? "" : ", from " + result.resolvedHow()));

    Reading reading = read(reference, name, bytes);
    if (reading.unreadable != null) {
      out.println("read:      " + reading.unreadable);
    }
    Extraction extraction = reading.extractor.result();
    for (TableHeader t : extraction.headers()) {
      out.printf("table:     %sheader in row %d: %s%n",
          t.sheet() == null ? "" : "sheet '" + t.sheet() + "', ", t.row(),
          String.join(" | ", t.cells()));
      t.title().forEach(line -> out.println("           above it: " + line));
    }
    if (!result.layout().isEmpty()) {
      out.println("layout:    " + result.layout());
    }
    BreachEvidence.Found found = reference.evidence().found(extraction);
    out.println("evidence:  " + found.forTables().orElse("none of breaches")
        + found.request().map(r -> " (answers a request: " + r + ")").orElse(""));
    out.println("           (what counts: " + a.reference().resolve("evidence.csv") + ")");

    if (extraction.headers().isEmpty()) {
      out.println("text:");
      reading.extractor.result().text().stream().limit(ROWS_SHOWN)
          .forEach(line -> out.println("  " + line));
    } else {
      rows(out, reading, result, new IncidentNormaliser(reference.register(),
          reference.taxonomy(), a.period()));
    }

    long breaches = result.records().stream().map(RawRecord::count)
        .mapToLong(c -> c == null ? 0 : c).sum();
    out.printf("outcome:   %s: %d records (%,d breaches), %d data rows, %d rejected, %d totals"
            + " rows and %d notes not counted%s%n", result.outcome(), result.records().size(),
        breaches, result.dataRows(), result.rejectedRows(), result.totalsRows(),
        result.noteRows(), result.lowerBound() ? "; a lower bound (suppressed cells)" : "");
    if (result.reason() != null) {
      out.println("reason:    " + result.reason());
    }
    if (result.evidence() != null) {
      out.println("because:   " + result.evidence());
    }
    result.issues().forEach(i -> out.println("warning:   " + i.code() + " " + i.source() + ": "
        + i.message()));
    out.println("status:    " + status(result.outcome()));
  }

  private static String status(FileOutcome outcome) {
    return switch (outcome) {
      case USED -> "RESPONDED (with this file's records)";
      case NIL_RETURN -> "NIL_RETURN (zero, ranked)";
      case REFUSED -> "REFUSED (not ranked)";
      default -> "none from this file: it is listed in rejects/ with its reason";
    };
  }

  /** Each row of the tables' sheets with what it became. */
  private static void rows(PrintStream out, Reading reading, FileResult result,
      IncidentNormaliser normaliser) {
    Map<String, List<RawRecord>> records = result.records().stream()
        .collect(Collectors.groupingBy(r -> key(r.source().sheet(), r.source().row())));
    Map<String, List<RowReject>> rejects = result.rejects().stream()
        .collect(Collectors.groupingBy(r -> key(r.source().sheet(), r.source().row())));
    Map<String, Integer> headers = new HashMap<>();
    reading.extractor.result().headers()
        .forEach(t -> headers.put(t.sheet() == null ? "" : t.sheet(), t.row()));
    out.println("rows:");
    int shown = 0;
    for (Recorded r : reading.rows) {
      Integer header = headers.get(r.sheet == null ? "" : r.sheet);
      if (header == null || r.row.isBlank()) {
        continue; // a sheet without a table is text, shown as such in the job's reasons
      }
      if (shown++ == ROWS_SHOWN) {
        out.println("  ... more rows not shown");
        break;
      }
      String where = (r.sheet == null ? "" : r.sheet + " ") + "row " + r.row.number();
      out.println("  " + where + ": " + r.row.joined());
      String key = key(r.sheet, r.row.number());
      if (r.row.number() < header) {
        out.println("      above the header: text");
      } else if (r.row.number() == header) {
        out.println("      the header");
      } else if (records.containsKey(key)) {
        records.get(key).forEach(raw -> out.println("      -> " + describe(raw,
            normaliser.normalise(raw, result.authorityCode(), result.sha256()))));
      } else if (rejects.containsKey(key)) {
        rejects.get(key).forEach(j -> out.println("      -> reject: " + j.reason()));
      } else if (result.outcome() == FileOutcome.REJECTED) {
        out.println("      -> not used: the file is rejected");
      } else {
        out.println("      -> not counted: a total, note, heading or repeated header");
      }
    }
  }

  private static String describe(RawRecord raw, Normalised n) {
    if (n.isExcluded()) {
      return "excluded: " + n.excludedBecause();
    }
    Incident i = n.incident();
    List<String> parts = new ArrayList<>();
    parts.add("record: " + (i.incidentCount() == null ? "suppressed" : i.incidentCount()));
    parts.add(i.category().name());
    if (i.channel() != null) {
      parts.add(i.channel().name());
    }
    parts.add(i.financialYear() == null ? "period" : i.financialYear());
    if (i.incidentDate() != null) {
      parts.add(i.incidentDate().toString());
    }
    parts.add("action " + i.actionTaken());
    if (i.reportedToIco() != null) {
      parts.add("ICO " + (i.reportedToIco() ? "yes" : "no"));
    }
    if (i.involvesChildren() != null && i.involvesChildren()) {
      parts.add("children");
    }
    n.warnings().forEach(w -> parts.add("warning " + w.code() + ": " + w.message()));
    return String.join(", ", parts);
  }

  private static String key(String sheet, int row) {
    return (sheet == null ? "" : sheet) + "\u0000" + row;
  }

  /** The folder holding a manifest.csv, the file's own or one above it; null when none. */
  private static Path manifestRoot(Path file) {
    Path start = file.toAbsolutePath().normalize().getParent();
    for (Path dir = start; dir != null; dir = dir.getParent()) {
      if (Files.isRegularFile(dir.resolve(Manifest.FILE_NAME))) {
        return dir;
      }
    }
    return null;
  }

  private static Manifest manifest(Path root) throws IOException {
    Path file = root.resolve(Manifest.FILE_NAME);
    try (Reader csv = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return Manifest.load(csv);
    }
  }

  private record Recorded(String sheet, SheetRow row) {}

  /** The file read a second time, keeping its rows, tables and text for the listing. */
  private record Reading(TableExtractor extractor,
      List<Recorded> rows, String unreadable) {}

  private static Reading read(ReferenceData reference, String name, byte[] bytes) {
    TableExtractor extractor = new TableExtractor(name, reference.columns());
    List<Recorded> rows = new ArrayList<>();
    RowSink recorder = new RowSink() {
      private String sheet;

      @Override
      public void startSheet(String sheetName) {
        sheet = sheetName;
        extractor.startSheet(sheetName);
      }

      @Override
      public void row(SheetRow row) {
        if (rows.size() < 10 * ROWS_SHOWN) {
          rows.add(new Recorded(sheet, row));
        }
        extractor.row(row);
      }

      @Override
      public void endSheet() {
        extractor.endSheet();
      }

      @Override
      public void skipSheet(String name, String reason) {
        extractor.skipSheet(name, reason);
      }
    };
    String unreadable = null;
    try {
      DocumentReader.read(name, bytes, recorder);
    } catch (UnreadableFileException | RuntimeException e) {
      unreadable = e.getMessage();
    }
    return new Reading(extractor, rows, unreadable);
  }
}
