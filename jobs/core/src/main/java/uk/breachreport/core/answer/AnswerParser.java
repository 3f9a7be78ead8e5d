package uk.breachreport.core.answer;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.commons.codec.digest.DigestUtils;
import uk.breachreport.core.ingest.Containers;
import uk.breachreport.core.ingest.DocumentReader;
import uk.breachreport.core.ingest.FileFormat;
import uk.breachreport.core.ingest.IngestLimits;
import uk.breachreport.core.ingest.Part;
import uk.breachreport.core.ingest.UnreadableFileException;
import uk.breachreport.core.layout.BreachEvidence;
import uk.breachreport.core.layout.ColumnRules;
import uk.breachreport.core.layout.Extraction;
import uk.breachreport.core.layout.StatusRules;
import uk.breachreport.core.layout.TableExtractor;
import uk.breachreport.core.model.FileOutcome;
import uk.breachreport.core.model.FileResult;
import uk.breachreport.core.model.Issue;
import uk.breachreport.core.model.ManifestEntry;
import uk.breachreport.core.model.ResponseStatus;
import uk.breachreport.core.model.SourceRef;
import uk.breachreport.core.normalise.CouncilResolver;
import uk.breachreport.core.normalise.Resolution;
import uk.breachreport.core.words.LetterFigures;

/**
 * One answer file from bytes to a {@link FileResult}: read it, find its tables, decide whose it
 * is (manifest, code in the name, name in the name, name in the content) and what it amounts to
 * (records, a nil return, a refusal, or a reject with its reason). Never throws for a bad file.
 */
public final class AnswerParser implements Serializable {

  private static final long serialVersionUID = 1L;
  /** A council's name sits in a letterhead's first lines. */
  private static final int CONTENT_LINES_FOR_COUNCIL = 15;
  /** An email in a zip in an email is real; deeper is a trap. */
  public static final int MAX_DEPTH = 3;
  /** Between a container's name and its part's: "RE- FOI 7314.eml!/breaches.xlsx". */
  static final String LINEAGE = "!/";

  private final ColumnRules columns;
  private final StatusRules statuses;
  private final CouncilResolver councils;
  private final BreachEvidence evidence;

  public AnswerParser(ColumnRules columns, StatusRules statuses, CouncilResolver councils,
      BreachEvidence evidence) {
    this.columns = columns;
    this.statuses = statuses;
    this.councils = councils;
    this.evidence = evidence;
  }

  /**
   * One answer file and every answer it holds: an email's body and each attachment, a zip's
   * entries (to {@link #MAX_DEPTH} containers deep), each named with its lineage
   * ("RE- FOI 7314.eml!/breaches.xlsx") and, when it names no council of its own, its container's.
   * Any other file gives one result, as {@link #parse} does.
   */
  public List<FileResult> parseAll(String file, byte[] bytes, Optional<ManifestEntry> manifest) {
    List<FileResult> results = new ArrayList<>();
    parseAll(file, bytes, manifest, null, 0, results);
    return results;
  }

  private void parseAll(String file, byte[] bytes, Optional<ManifestEntry> manifest,
      Resolution container, int depth, List<FileResult> results) {
    FileFormat format = FileFormat.ofName(file);
    if (!format.isContainer() || bytes.length == 0) {
      results.add(parse(file, bytes, manifest, container));
      return;
    }
    Answer answer = new Answer(file, DigestUtils.sha256Hex(bytes), bytes.length);
    if (depth >= MAX_DEPTH) {
      results.add(answer.rejected(orContainer(resolve(file, manifest, List.of()), container),
          "a container nested more than " + MAX_DEPTH + " deep: its contents are not read", null));
      return;
    }
    List<Part> parts;
    Resolution council = container;
    try {
      parts = Containers.parts(format, bytes);
      if (format == FileFormat.ZIP) {
        council = orContainer(resolve(file, manifest, List.of()), container);
      } else {
        FileResult body = parse(file, bytes, manifest, container);
        if (body.authorityCode() != null) {
          council = new Resolution.Resolved(
              councils.resolve(body.authorityCode()).resolved().orElseThrow(), body.resolvedHow());
        }
        boolean attached = parts.stream().anyMatch(p -> p.ignored() == null);
        results.add(attached && body.outcome() == FileOutcome.REJECTED && body.dataRows() == 0
            && body.authorityCode() != null
            ? answer.rejected(council, "the email's body holds no figures and no statement of"
                + " none or of a refusal; its attachments are read as the answer", null)
            : body);
      }
    } catch (UnreadableFileException e) {
      // The reader says the same again, with the container's council where it has one.
      results.add(parse(file, bytes, manifest, container));
      return;
    }
    if (format == FileFormat.ZIP && parts.isEmpty()) {
      results.add(answer.rejected(council, "an empty zip archive: no file inside", null));
    }
    for (Part part : parts) {
      String name = file + LINEAGE + part.name();
      if (part.ignored() != null) {
        Answer inner = new Answer(name, DigestUtils.sha256Hex(part.bytes()), part.bytes().length);
        results.add(inner.rejected(orContainer(resolve(name, manifest, List.of()), council),
            part.ignored(), null));
      } else {
        parseAll(name, part.bytes(), manifest, council, depth + 1, results);
      }
    }
  }

  public FileResult parse(String file, byte[] bytes, Optional<ManifestEntry> manifest) {
    return parse(file, bytes, manifest, null);
  }

  /** {@code container}: the council of the email or zip the file came in, or null. */
  private FileResult parse(String file, byte[] bytes, Optional<ManifestEntry> manifest,
      Resolution container) {
    Answer answer = new Answer(file, DigestUtils.sha256Hex(bytes), bytes.length);
    TableExtractor extractor = new TableExtractor(file, columns);
    try {
      DocumentReader.read(file, bytes, extractor);
    } catch (UnreadableFileException e) {
      Resolution council = orContainer(resolve(file, manifest, List.of()), container);
      return answer.rejected(council, e.getMessage(), null);
    } catch (RuntimeException e) {
      // A reader bug on one hostile file must not stop the other 430.
      return answer.rejected(orContainer(resolve(file, manifest, List.of()), container),
          "could not be read: " + e.getClass().getSimpleName() + ": " + e.getMessage(), null);
    }
    Extraction tables = extractor.result();
    Resolution council = orContainer(resolve(file, manifest, tables.text()), container);
    if (!(council instanceof Resolution.Resolved)) {
      return answer.rejected(council, council.reason(), tables);
    }
    Optional<ResponseStatus> stated = manifest.map(ManifestEntry::status);
    if (stated.isPresent()) {
      return switch (stated.get()) {
        case NIL_RETURN -> answer.status(council, FileOutcome.NIL_RETURN, "manifest: nil return", tables);
        case REFUSED -> answer.status(council, FileOutcome.REFUSED, "manifest: refused", tables);
        default -> answer.rejected(council,
            "the manifest marks this file's request as " + stated.get(), tables);
      };
    }
    BreachEvidence.Found found = evidence.found(tables);
    if (tables.dataRows() > 0) {
      if (found.forTables().isEmpty()) {
        return answer.rejected(council, found.noTableOfBreaches(), tables);
      }
      if (tables.records().isEmpty() && tables.rejectedRows() == tables.dataRows()) {
        return answer.rejected(council, "none of the table's " + tables.dataRows()
            + " rows could be used", tables);
      }
      // A table of zeros says there were none: a nil return, as SPEC has it for words.
      return tables.records().isEmpty() && tables.rejectedRows() == 0 && !tables.lowerBound()
          ? answer.status(council, FileOutcome.NIL_RETURN, "its table's figures are all 0",
              tables).withEvidence(found.forTables().get())
          : answer.used(council, tables).withEvidence(found.forTables().get());
    }
    Optional<ResponseStatus> said = statuses.classify(String.join("\n", tables.text()));
    LetterFigures.Result figures = LetterFigures.read(file, tables.text(), statuses.words());
    if (figures.problem() != null) {
      return answer.rejected(council, figures.problem(), tables);
    }
    // A list of dated breaches longer than the figures the sentences give is the answer: a
    // number in its entries ("People affected: 1") is no total of them.
    Extraction listed = DatedList.read(file, tables.text());
    if (listed.records().size() > breaches(figures) && found.forTables().isPresent()) {
      return answer.used(council, listed).withEvidence(found.forTables().get());
    }
    if (figures.counted()) { // figures in words win over any wording of none or refusal
      return answer.used(council, letter(figures, file, tables.text(), said)).withEvidence(
          found.forTables().orElse("words: each figure is in a sentence about breaches"));
    }
    if (figures.saysZero()) {
      said = Optional.of(ResponseStatus.NIL_RETURN);
    }
    if (said.isPresent()) {
      if (found.forStatement().isEmpty()) {
        return answer.rejected(council,
            BreachEvidence.Found.statementWithoutEvidence(said.get()), tables);
      }
      Optional<String> unread = UnreadFigures.in(tables.text());
      if (unread.isPresent()) {
        return answer.rejected(council, "it reads as " + (said.get() == ResponseStatus.REFUSED
            ? "a refusal" : "a nil return") + " but gives figures that could not be read: '"
            + unread.get() + "'; for an analyst to read", tables);
      }
      FileOutcome outcome = said.get() == ResponseStatus.REFUSED
          ? FileOutcome.REFUSED : FileOutcome.NIL_RETURN;
      return answer.status(council, outcome, null, tables)
          .withEvidence(found.forStatement().get());
    }
    return answer.rejected(council, tables.foundTable()
        ? "the table has a header but no data rows, and the answer does not say none"
        : "no table of breaches found, and no statement of none or of a refusal", tables);
  }

  private static long breaches(LetterFigures.Result figures) {
    return figures.counted() ? figures.records().stream()
        .mapToLong(r -> r.count() == null ? 0 : r.count()).sum() : 0;
  }

  /** A file too large to read into memory, rejected on its listed size before reading. */
  public static FileResult tooLarge(String file, long size) {
    return new FileResult(file, null, size, null, null, FileOutcome.REJECTED, "",
        DocumentReader.tooLarge(size, IngestLimits.DEFAULT), List.of(), List.of(), List.of(),
        0, 0, 0, 0, false);
  }

  /** A file whose bytes could not even be read (permissions, a vanished object). */
  public static FileResult unreadable(String file, String reason) {
    return new FileResult(file, null, 0, null, null, FileOutcome.REJECTED, "",
        "cannot read the file: " + reason, List.of(), List.of(), List.of(), 0, 0, 0, 0, false);
  }

  /**
   * A letter's figures as a table extraction of the letter ({@code dataRows} = records, so the
   * reconciliation adds up); a refusal said beside the figures is noted, the figures used.
   */
  private static Extraction letter(LetterFigures.Result figures, String file, List<String> text,
      Optional<ResponseStatus> said) {
    List<Issue> issues = new ArrayList<>(figures.issues());
    if (said.filter(s -> s == ResponseStatus.REFUSED).isPresent()) {
      issues.add(Issue.warning("PART_REFUSED", SourceRef.file(file), "the letter refuses or does "
          + "not hold part of what was asked; the figures it gives for the rest are used"));
    }
    return new Extraction(figures.records(), List.of(), List.copyOf(issues), text,
        figures.layout(), figures.records().size(), 0, 0, 0, figures.lowerBound(), List.of());
  }

  /** A part that names no council of its own (or an ambiguous one) is its container's. */
  private static Resolution orContainer(Resolution own, Resolution container) {
    return own instanceof Resolution.Resolved || !(container instanceof Resolution.Resolved)
        ? own : container;
  }

  private Resolution resolve(String file, Optional<ManifestEntry> manifest, List<String> text) {
    if (manifest.isPresent()) {
      return councils.resolve(manifest.get().authority());
    }
    // A part's own name (after its container's "!/"), so a zip named for one council can hold
    // another's folder.
    int part = file.lastIndexOf(LINEAGE);
    Resolution byName = councils.fromFileName(
        part < 0 ? file : file.substring(part + LINEAGE.length()));
    if (byName instanceof Resolution.Resolved) {
      return byName;
    }
    Resolution byContent = councils.fromContent(
        text.subList(0, Math.min(text.size(), CONTENT_LINES_FOR_COUNCIL)));
    if (byContent instanceof Resolution.Resolved) {
      return byContent;
    }
    // A council that existed but cannot be counted in this period (abolished before it, or split)
    // is named with that reason, never as "no council named".
    for (Resolution named : List.of(byName, byContent)) {
      if (named instanceof Resolution.NotCounted || named instanceof Resolution.Ambiguous) {
        return named;
      }
    }
    return new Resolution.Unresolved("the file name or its first lines: no council named");
  }

  /** The file-level facts every outcome shares. */
  private record Answer(String file, String sha256, long size) {

    FileResult used(Resolution council, Extraction t) {
      Resolution.Resolved r = (Resolution.Resolved) council;
      return new FileResult(file, sha256, size, r.authority().code(), r.how(), FileOutcome.USED,
          t.layout(), null, t.records(), t.rejects(), t.issues(), t.dataRows(), t.rejectedRows(),
          t.totalsRows(), t.noteRows(), t.lowerBound());
    }

    FileResult status(Resolution council, FileOutcome outcome, String reason, Extraction t) {
      Resolution.Resolved r = (Resolution.Resolved) council;
      return new FileResult(file, sha256, size, r.authority().code(), r.how(), outcome,
          t.layout(), reason, List.of(), List.of(), t.skippedSheets(), 0, 0, 0, 0, false);
    }

    /** Rows of a rejected file's tables count as rejected rows, with the file's reason. */
    FileResult rejected(Resolution council, String reason, Extraction t) {
      String code = council.resolved().map(a -> a.code()).orElse(null);
      String how = council instanceof Resolution.Resolved r ? r.how() : null;
      int rows = t == null ? 0 : t.dataRows();
      return new FileResult(file, sha256, size, code, how, FileOutcome.REJECTED,
          t == null ? "" : t.layout(), reason, List.of(), List.of(),
          t == null ? List.of() : t.skippedSheets(), rows, rows,
          t == null ? 0 : t.totalsRows(), t == null ? 0 : t.noteRows(), false);
    }
  }
}
