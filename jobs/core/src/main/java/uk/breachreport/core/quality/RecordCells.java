package uk.breachreport.core.quality;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import uk.breachreport.core.model.Incident;
import uk.breachreport.core.normalise.Register;

/**
 * The normalised records summed by council, file, financial year, counted or excluded, and the
 * line of corrections.csv that edited them: all REVIEW's rules need to know of the records,
 * collected in one pass. Each rule's figures are cut from the cells as the review takes files and
 * councils out, instead of a query over the records per rule.
 */
public final class RecordCells {

  /**
   * Records of one council's file and financial year (null: dated only by the whole period),
   * counted or excluded, edited by one line of corrections.csv (null: none). {@code maxCell} is
   * their largest single count, null when none has a count.
   */
  public record Cell(String authorityCode, String file, String financialYear, boolean counted,
      Integer correctionLine, long records, long breaches, Long maxCell) {}

  /** What the review has taken out so far: whole files, and whole councils. */
  public record Without(Set<String> files, Set<String> councils) {
    boolean keeps(String authorityCode, String file) {
      return !files.contains(file) && !councils.contains(authorityCode);
    }
  }

  private final List<Cell> cells;

  public RecordCells(List<Cell> cells) {
    this.cells = List.copyOf(cells);
  }

  /** Records edited by each line of corrections.csv, counted or excluded by it. */
  public Map<Integer, Long> editedByLine() {
    Map<Integer, Long> lines = new TreeMap<>();
    cells.stream().filter(c -> c.correctionLine() != null)
        .forEach(c -> lines.merge(c.correctionLine(), c.records(), Long::sum));
    return lines;
  }

  /**
   * Each council's files that gave counted records, with the years they cover ("whole period"
   * for records without one), by council then file.
   */
  public List<AnswerForms.AnswerFile> answerFiles() {
    Map<String, Map<String, List<Cell>>> byCouncil = new TreeMap<>();
    cells.stream().filter(Cell::counted).forEach(c -> byCouncil
        .computeIfAbsent(c.authorityCode(), k -> new TreeMap<>())
        .computeIfAbsent(c.file(), k -> new ArrayList<>()).add(c));
    List<AnswerForms.AnswerFile> files = new ArrayList<>();
    byCouncil.forEach((code, byFile) -> byFile.forEach((file, in) -> {
      Set<String> years = new TreeSet<>();
      in.forEach(c -> years.add(Objects.requireNonNullElse(c.financialYear(), "whole period")));
      files.add(new AnswerForms.AnswerFile(code, file, in.stream().mapToLong(Cell::records).sum(),
          in.stream().mapToLong(Cell::breaches).sum(), years));
    }));
    return files;
  }

  /** Each council's counted records, without what the review has taken out. */
  public Map<String, Long> councilRecords(Without without) {
    Map<String, Long> councils = new TreeMap<>();
    kept(without).forEach(c -> councils.merge(c.authorityCode(), c.records(), Long::sum));
    return councils;
  }

  /**
   * Each council's counted figures for the plausibility checks, without what the review has taken
   * out, with the records it has added since ({@code added}: the totals corrections.csv set): its
   * breaches, its largest single count and its breaches per financial year, by council code. A
   * council with no counted record has none.
   */
  public List<Plausibility.CouncilFigures> councilFigures(Without without, List<Incident> added,
      Register register) {
    List<Cell> all = new ArrayList<>(kept(without));
    added.forEach(i -> all.add(new Cell(i.authorityCode(), i.sourceFile(), i.financialYear(), true,
        null, 1, Objects.requireNonNullElse(i.incidentCount(), 0L), i.incidentCount())));
    Map<String, List<Cell>> byCouncil = new TreeMap<>();
    all.forEach(c -> byCouncil.computeIfAbsent(c.authorityCode(), k -> new ArrayList<>()).add(c));
    List<Plausibility.CouncilFigures> figures = new ArrayList<>();
    byCouncil.forEach((code, in) -> {
      Map<String, Long> byYear = new TreeMap<>();
      in.stream().filter(c -> c.financialYear() != null)
          .forEach(c -> byYear.merge(c.financialYear(), c.breaches(), Long::sum));
      // Counts are never negative (CountValue): without any count, the largest is 0.
      long maxCell = in.stream().map(Cell::maxCell).filter(Objects::nonNull)
          .mapToLong(Long::longValue).max().orElse(0);
      var council = register.byCode(code);
      figures.add(new Plausibility.CouncilFigures(code,
          council.map(a -> a.type()).orElse(null), council.map(a -> a.population()).orElse(null),
          in.stream().mapToLong(Cell::breaches).sum(), maxCell, byYear));
    });
    return figures;
  }

  private List<Cell> kept(Without without) {
    return cells.stream()
        .filter(c -> c.counted() && without.keeps(c.authorityCode(), c.file()))
        .toList();
  }
}
