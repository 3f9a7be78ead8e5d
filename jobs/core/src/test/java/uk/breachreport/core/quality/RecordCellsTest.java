package uk.breachreport.core.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.breachreport.core.ReferenceData;
import uk.breachreport.core.model.Action;
import uk.breachreport.core.model.Category;
import uk.breachreport.core.model.DatePrecision;
import uk.breachreport.core.model.Incident;
import uk.breachreport.core.normalise.Period;
import uk.breachreport.core.normalise.Register;
import uk.breachreport.core.reference.ReferenceSource;
import uk.breachreport.core.quality.RecordCells.Cell;
import uk.breachreport.core.quality.RecordCells.Without;

/** REVIEW's figures cut from the cells, as the review takes files and councils out. */
class RecordCellsTest {

  private static final String SOUTHAMPTON = "E06000045";
  private static final String RUTLAND = "E06000017";

  private static final RecordCells CELLS = new RecordCells(List.of(
      new Cell(SOUTHAMPTON, "log.xlsx", "2011/12", true, null, 3, 5, 3L),
      new Cell(SOUTHAMPTON, "log.xlsx", "2012/13", true, 7, 2, 4, 2L),
      new Cell(SOUTHAMPTON, "log.xlsx", null, true, null, 1, 0, null),
      new Cell(SOUTHAMPTON, "log.xlsx", "2009/10", false, null, 4, 4, 1L),
      new Cell(SOUTHAMPTON, "summary.pdf", "2011/12", true, null, 1, 9, 9L),
      new Cell(RUTLAND, "rutland.csv", "2011/12", true, null, 2, 600, 500L),
      new Cell(RUTLAND, "rutland.csv", "2012/13", false, 8, 1, 1, 1L)));

  private static final Register REGISTER = ReferenceData.load(
      ReferenceSource.folder(Path.of("../../data/reference")), Period.STUDY).register();

  @Test
  void linesOfCorrectionsCountTheRecordsTheyEditedCountedOrNot() {
    assertEquals(Map.of(7, 2L, 8, 1L), CELLS.editedByLine());
  }

  @Test
  void answerFilesAreTheCountedRecordsByCouncilAndFileWithTheirYears() {
    assertEquals(List.of(
        new AnswerForms.AnswerFile(RUTLAND, "rutland.csv", 2, 600, Set.of("2011/12")),
        new AnswerForms.AnswerFile(SOUTHAMPTON, "log.xlsx", 6, 9,
            Set.of("2011/12", "2012/13", "whole period")),
        new AnswerForms.AnswerFile(SOUTHAMPTON, "summary.pdf", 1, 9, Set.of("2011/12"))),
        CELLS.answerFiles());
  }

  @Test
  void councilRecordsLeaveOutTheFilesTakenOut() {
    assertEquals(Map.of(SOUTHAMPTON, 7L, RUTLAND, 2L),
        CELLS.councilRecords(new Without(Set.of(), Set.of())));
    assertEquals(Map.of(SOUTHAMPTON, 6L, RUTLAND, 2L),
        CELLS.councilRecords(new Without(Set.of("summary.pdf"), Set.of())));
  }

  @Test
  void councilFiguresTakeCouncilsOutAndTheirTotalsIn() {
    Incident total = new Incident(RUTLAND, "Rutland County Council", null, null, null, null,
        null, DatePrecision.PERIOD, Category.UNSPECIFIED, null, 12L, false, null, null, null,
        Action.UNKNOWN, null, "total set by line 3", "corrections.csv", null, 3, "sha",
        "CORRECTION", 1);
    List<Plausibility.CouncilFigures> figures = CELLS.councilFigures(
        new Without(Set.of("summary.pdf"), Set.of(RUTLAND)), List.of(total), REGISTER);

    assertEquals(2, figures.size());
    Plausibility.CouncilFigures rutland = figures.get(0);
    assertEquals(RUTLAND, rutland.code());
    assertEquals(12, rutland.breaches(), "only the total: its own records were taken out");
    assertEquals(12, rutland.maxCell());
    assertEquals(Map.of(), rutland.byYear(), "a total is dated by the whole period");
    Plausibility.CouncilFigures southampton = figures.get(1);
    assertEquals(9, southampton.breaches(), "the excluded 2009/10 and the PDF left out");
    assertEquals(3, southampton.maxCell());
    assertEquals(Map.of("2011/12", 5L, "2012/13", 4L), southampton.byYear());
    assertEquals(REGISTER.byCode(SOUTHAMPTON).orElseThrow().population(),
        southampton.population());
  }
}
