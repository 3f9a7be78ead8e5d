package uk.breachreport.core.ingest;

import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import org.apache.commons.codec.digest.DigestUtils;
import uk.breachreport.core.layout.ColumnRules;
import uk.breachreport.core.layout.Extraction;
import uk.breachreport.core.layout.StatusRules;
import uk.breachreport.core.layout.TableExtractor;
import uk.breachreport.core.model.FileOutcome;
import uk.breachreport.core.model.FileResult;
import uk.breachreport.core.model.ManifestEntry;
import uk.breachreport.core.model.ResponseStatus;
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

  private final ColumnRules columns;
  private final StatusRules statuses;
  private final CouncilResolver councils;

  public AnswerParser(ColumnRules columns, StatusRules statuses, CouncilResolver councils) {
    this.columns = columns;
    this.statuses = statuses;
    this.councils = councils;
  }

  public FileResult parse(String file, byte[] bytes, Optional<ManifestEntry> manifest) {
    Answer answer = new Answer(file, DigestUtils.sha256Hex(bytes), bytes.length);
    TableExtractor extractor = new TableExtractor(file, columns);
    try {
      DocumentReader.read(file, bytes, extractor);
    } catch (UnreadableFileException e) {
      Resolution council = resolve(file, manifest, List.of());
      return answer.rejected(council, e.getMessage(), null);
    } catch (RuntimeException e) {
      // A reader bug on one hostile file must not stop the other 430.
      return answer.rejected(resolve(file, manifest, List.of()),
          "could not be read: " + e.getClass().getSimpleName() + ": " + e.getMessage(), null);
    }
    Extraction tables = extractor.result();
    Resolution council = resolve(file, manifest, tables.text());
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
    if (tables.dataRows() > 0) {
      return tables.records().isEmpty() && tables.rejectedRows() == tables.dataRows()
          ? answer.rejected(council, "none of the table's " + tables.dataRows()
              + " rows could be used", tables)
          : answer.used(council, tables);
    }
    Optional<ResponseStatus> said = statuses.classify(String.join("\n", tables.text()));
    LetterFigures.Result figures = LetterFigures.read(file, tables.text(), statuses.words());
    if (figures.problem() != null) {
      return answer.rejected(council, figures.problem(), tables);
    }
    if (figures.counted()) { // figures in words win over any wording of none or refusal
      return answer.used(council, figures.extraction(file, tables.text(), said));
    }
    if (figures.saysZero()) {
      said = Optional.of(ResponseStatus.NIL_RETURN);
    }
    if (said.isPresent()) {
      FileOutcome outcome = said.get() == ResponseStatus.REFUSED
          ? FileOutcome.REFUSED : FileOutcome.NIL_RETURN;
      return answer.status(council, outcome, null, tables);
    }
    return answer.rejected(council, tables.foundTable()
        ? "the table has a header but no data rows, and the answer does not say none"
        : "no table of breaches found, and no statement of none or of a refusal", tables);
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

  private Resolution resolve(String file, Optional<ManifestEntry> manifest, List<String> text) {
    if (manifest.isPresent()) {
      return councils.resolve(manifest.get().authority());
    }
    Resolution byName = councils.fromFileName(file);
    if (byName instanceof Resolution.Resolved) {
      return byName;
    }
    Resolution byContent = councils.fromContent(
        text.subList(0, Math.min(text.size(), CONTENT_LINES_FOR_COUNCIL)));
    if (byContent instanceof Resolution.Resolved || byName instanceof Resolution.Ambiguous) {
      return byContent instanceof Resolution.Resolved ? byContent : byName;
    }
    return byContent instanceof Resolution.Ambiguous ? byContent
        : new Resolution.Unresolved("the file name or its first lines: no council named");
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
          t.layout(), reason, List.of(), List.of(), List.of(), 0, 0, 0, 0, false);
    }

    /** Rows of a rejected file's tables count as rejected rows, with the file's reason. */
    FileResult rejected(Resolution council, String reason, Extraction t) {
      String code = council.resolved().map(a -> a.code()).orElse(null);
      String how = council instanceof Resolution.Resolved r ? r.how() : null;
      int rows = t == null ? 0 : t.dataRows();
      return new FileResult(file, sha256, size, code, how, FileOutcome.REJECTED,
          t == null ? "" : t.layout(), reason, List.of(), List.of(), List.of(), rows, rows,
          t == null ? 0 : t.totalsRows(), t == null ? 0 : t.noteRows(), false);
    }
  }
}
