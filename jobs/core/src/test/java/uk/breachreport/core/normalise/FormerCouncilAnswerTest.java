package uk.breachreport.core.normalise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import uk.breachreport.core.ReferenceData;
import uk.breachreport.core.answer.AnswerParser;
import uk.breachreport.core.model.FileOutcome;
import uk.breachreport.core.model.FileResult;
import uk.breachreport.core.reference.ReferenceSource;

/** A file named only by a council abolished before the period says so in its reject. */
class FormerCouncilAnswerTest {

  @Test
  void answerFromACouncilAbolishedBeforeThePeriodIsRejectedWithThatReason() {
    Period period = new Period(LocalDate.parse("2019-04-01"), LocalDate.parse("2022-03-31"));
    ReferenceData reference =
        ReferenceData.load(ReferenceSource.folder(RegisterTest.REFERENCE), period);
    AnswerParser parser =
        new AnswerParser(reference.columns(), reference.statuses(), reference.resolver(),
            reference.evidence());
    byte[] letter = "We recorded no data protection breaches in the period.\n"
        .getBytes(StandardCharsets.UTF_8);

    FileResult result = parser.parse("Taunton Deane Borough Council FOI.txt", letter,
        Optional.empty());

    assertEquals(FileOutcome.REJECTED, result.outcome());
    assertTrue(result.reason().contains("abolished on 2019-03-31, before the period"),
        result.reason());
  }
}
