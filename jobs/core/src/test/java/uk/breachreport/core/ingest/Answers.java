package uk.breachreport.core.ingest;

import java.nio.file.Path;
import uk.breachreport.core.ReferenceData;
import uk.breachreport.core.answer.AnswerParser;
import uk.breachreport.core.normalise.Period;
import uk.breachreport.core.reference.ReferenceSource;

/** An {@link AnswerParser} with the shipped reference data, as the job builds it. */
final class Answers {

  static final Path REFERENCE = Path.of(System.getProperty("project.root", "../.."), "data/reference");

  private Answers() {}

  static AnswerParser parser() {
    ReferenceData reference = ReferenceData.load(ReferenceSource.folder(REFERENCE), Period.STUDY);
    return new AnswerParser(reference.columns(), reference.statuses(), reference.resolver(),
        reference.evidence());
  }
}
