package uk.breachreport.core.words;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.breachreport.core.ReferenceData;
import java.nio.file.Path;
import uk.breachreport.core.model.RawRecord;
import uk.breachreport.core.normalise.Period;
import uk.breachreport.core.reference.ReferenceSource;

class LetterFiguresTest {

  static final Path REFERENCE = Path.of(System.getProperty("project.root", "../.."), "data/reference");
  static WordRules words;

  @BeforeAll
  static void load() {
    words = ReferenceData.load(ReferenceSource.folder(REFERENCE), Period.STUDY)
        .statuses().words();
  }

  static LetterFigures.Result read(String text) {
    return LetterFigures.read("letter.txt", text.lines().toList(), words);
  }

  static String show(LetterFigures.Result r) {
    if (r.problem() != null) {
      return "PROBLEM " + r.problem();
    }
    StringBuilder s = new StringBuilder(r.layout() + (r.saysZero() ? " zero" : "") + (r.lowerBound() ? " lower" : ""));
    for (RawRecord rec : r.records()) {
      s.append(" | ").append(rec.source().row()).append(':')
          .append(Objects.toString(rec.financialYear(), "-")).append('/')
          .append(Objects.toString(rec.date(), "-")).append('=')
          .append(rec.suppressed() ? "<" : "").append(rec.count())
          .append(rec.description() == null ? "" : " [" + rec.description() + "]");
    }
    return s.toString();
  }

  @Test
  void scratch() {
    for (String t : List.of(
        "2022/23 = 97 data incidents\n2021/22 = 312\n2020/21 = 227",
        "Total: 413 incidents",
        "The number of data breaches recorded each month:\nNovember 2018 32, December 2018 23, January 2019 17",
        "Between 1 April 2011 and 31 March 2014 the Council recorded a total of forty-seven data protection breaches. 12 of these were emails sent to the wrong person. One member of staff was dismissed.",
        "In 2011/12 there were 9 breaches, in 2012/13 there were 21 and in 2013/14 17.",
        "We received 1,234 FOI requests in 2012/13. There were no data breaches.",
        "Your request FOI 7314 dated 3 May 2014. The cost of compliance would exceed £450, or 18 hours.",
        "1. How many data breaches did the council record between April 2011 and March 2014?\nAnswer: 103\n2. How many were reported to the ICO?\nAnswer: 5",
        "There were fewer than 5 breaches in the period.",
        "one hundred and three incidents were recorded")) {
      System.out.println(t.replace('\n', '/') + "\n   -> " + show(read(t)));
    }
  }
}
