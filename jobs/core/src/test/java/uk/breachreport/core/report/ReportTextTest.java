package uk.breachreport.core.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReportTextTest {

  private static final ReportText TEXT = new ReportText(ReportFixture.model());

  @ParameterizedTest
  @CsvSource({"1,1st", "2,2nd", "3,3rd", "4,4th", "11,11th", "12,12th", "13,13th", "21,21st",
      "22,22nd", "101,101st", "111,111th", "1001,'1,001st'"})
  void ordinals(long n, String expected) {
    assertEquals(expected, ReportText.ordinal(n));
  }

  @ParameterizedTest
  @CsvSource({"0,false,0 breaches", "1,false,1 breach", "1234,true,'at least 1,234 breaches'"})
  void breaches(long n, boolean lowerBound, String expected) {
    assertEquals(expected, ReportText.breaches(n, lowerBound));
  }

  @Test
  void quotableSentenceForAResponse() {
    assertEquals("Southampton City Council recorded 53 data-protection breaches between"
        + " 1 April 2011 and 31 March 2014.", TEXT.sentence(ReportFixture.southampton()));
  }

  @Test
  void quotableSentenceSaysAtLeastForALowerBound() {
    assertEquals("Birmingham City Council recorded at least 40 data-protection breaches between"
        + " 1 April 2011 and 31 March 2014.", TEXT.sentence(ReportFixture.birmingham()));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock = """
          NIL_RETURN  | Cardiff Council said it recorded no data-protection breaches between 1 April 2011 and 31 March 2014.
          REFUSED     | Cardiff Council refused to say how many data-protection breaches it recorded between 1 April 2011 and 31 March 2014.
          NO_RESPONSE | Cardiff Council did not answer the request for the number of data-protection breaches it recorded between 1 April 2011 and 31 March 2014.
          """)
  void distinctSentencesForCouncilsWithoutAFigure(String status, String expected) {
    CouncilRow c = ReportFixture.cardiff();
    CouncilRow row = new CouncilRow(c.rank(), c.code(), c.name(), c.type(), c.nation(),
        c.region(), status, c.breaches(), false, c.per100k(), c.rankPer100k(), 0, 0, 0, 0, 0, 0,
        0, c.population());
    assertEquals(expected, TEXT.sentence(row));
  }

  @Test
  void unknownStatusIsNamed() {
    CouncilRow c = ReportFixture.cardiff();
    CouncilRow row = new CouncilRow(null, c.code(), c.name(), c.type(), c.nation(), null,
        "MAYBE", null, false, null, null, 0, 0, 0, 0, 0, 0, 0, null);
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> TEXT.sentence(row));
    assertEquals(true, e.getMessage().contains("'MAYBE'"), e.getMessage());
  }

  @Test
  void perDayUsesEveryDayOfThePeriod() {
    ReportModel model = ReportFixture.model();
    assertEquals(1096, model.days());
    assertEquals(93.0 / 1096, model.breachesPerDay(), 1e-12);
  }
}
