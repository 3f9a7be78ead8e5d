package uk.breachreport.core.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.breachreport.core.quality.AnswerForms.AnswerFile;

class AnswerFormsTest {

  private static AnswerFile file(String name, long records, long breaches, String... years) {
    return new AnswerFile("E06000023", name, records, breaches, Set.of(years));
  }

  @Test
  void anEmailAndItsAttachmentGivingTheSameTotalCountOnceTheFullerUsed() {
    AnswerForms.Result r = AnswerForms.decide(List.of(
        file("bristol.eml", 1, 22, "whole period"),
        file("bristol.eml/breaches.xlsx", 22, 22, "2011-12", "2012-13")));
    assertEquals(List.of(new FileDecision("bristol.eml", uk.breachreport.core.model.FileOutcome
        .SUPERSEDED, "bristol.eml/breaches.xlsx", "superseded by 'bristol.eml/breaches.xlsx'"
        + " (same 22 breaches given in more detail)")), r.superseded());
    assertTrue(r.holds().isEmpty());
  }

  @Test
  void aRevisedAnswerSupersedesTheOriginal() {
    AnswerForms.Result r = AnswerForms.decide(List.of(file("bristol.xlsx", 20, 20, "2012-13"),
        file("bristol revised.xlsx", 21, 21, "2012-13")));
    assertEquals("bristol.xlsx", r.superseded().get(0).file());
    assertEquals("bristol revised.xlsx", r.superseded().get(0).repeats());
  }

  @Test
  void filesForDifferentYearsArePartsOfOneAnswer() {
    AnswerForms.Result r = AnswerForms.decide(List.of(file("2011-12.csv", 5, 5, "2011-12"),
        file("2012-13.csv", 7, 7, "2012-13")));
    assertTrue(r.superseded().isEmpty());
    assertTrue(r.holds().isEmpty());
  }

  @Test
  void answersThatDisagreeForTheSameYearsHoldTheCouncil() {
    AnswerForms.Result r = AnswerForms.decide(List.of(file("a.csv", 5, 5, "2012-13"),
        file("b.csv", 9, 9, "whole period")));
    assertTrue(r.superseded().isEmpty());
    assertEquals(List.of("ANSWERS_DISAGREE"), r.holds().stream().map(Hold::code).toList());
    assertTrue(r.holds().get(0).message().contains("'a.csv' 5, 'b.csv' 9"), r.holds().get(0).message());
  }
}
