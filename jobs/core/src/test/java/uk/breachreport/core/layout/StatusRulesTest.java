package uk.breachreport.core.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.breachreport.core.ReferenceData;
import uk.breachreport.core.normalise.Period;
import uk.breachreport.core.reference.ReferenceSource;

/** The shipped data/reference/statuses.csv against the wording of answers with no table. */
class StatusRulesTest {

  static StatusRules rules;

  @BeforeAll
  static void loadRules() {
    rules = ReferenceData.load(ReferenceSource.folder(LayoutFixturesTest.REFERENCE), Period.STUDY)
        .statuses();
  }

  static String classify(String text) {
    return rules.classify(text).map(Enum::name).orElse("NONE");
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(delimiter = '|', textBlock = """
      None                                                                                   | NIL_RETURN
      Nil.                                                                                   | NIL_RETURN
      0                                                                                      | NIL_RETURN
      No breaches                                                                            | NIL_RETURN
      N/A - none                                                                             | NIL_RETURN
      None recorded.                                                                         | NIL_RETURN
      Zero breaches were recorded in the period.                                             | NIL_RETURN
      There were 0 data protection breaches between April 2011 and March 2014.              | NIL_RETURN
      The Council has not recorded any data protection breaches during this period.          | NIL_RETURN
      There were no data protection breaches in the period 1 April 2011 to 31 March 2014.    | NIL_RETURN
      No personal data breaches were identified.                                             | NIL_RETURN
      The Council has had no reportable breaches.                                            | NIL_RETURN
      There has been no breach of the Data Protection Act in that time.                      | NIL_RETURN
      I can confirm that the Council did not have any data protection breaches.              | NIL_RETURN
      We have no record of any breaches.                                                     | NIL_RETURN
      The Council is not aware of any breaches of the Data Protection Act.                   | NIL_RETURN
      There have been none.                                                                  | NIL_RETURN
      No such incidents have been recorded.                                                  | NIL_RETURN
      None reported.                                                                         | NIL_RETURN
      Information not held as there have been no breaches in the period.                     | NIL_RETURN
      We do not hold any information because no breaches occurred during that period.       | NIL_RETURN
      Information not held - the Council has had no data protection breaches in the period. | NIL_RETURN
      There have been no successful cyber attacks on the Council's systems.                  | NIL_RETURN
      The information is not held: there were no successful attacks.                         | NIL_RETURN
      """)
  void nilReturns(String text, String expected) {
    assertEquals(expected, classify(text));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(delimiter = '|', textBlock = """
      Your request is refused under section 12 of the Freedom of Information Act 2000.             | REFUSED
      To answer would exceed the appropriate limit of £450.                                        | REFUSED
      We estimate that compliance would exceed the cost limit.                                     | REFUSED
      S.12 applies to this request.                                                                | REFUSED
      This request is considered vexatious under section 14(1) of the Act.                         | REFUSED
      s14 - repeated request.                                                                      | REFUSED
      The information you requested is not held in that format.                                    | REFUSED
      The Council does not hold this information.                                                  | REFUSED
      Information not held.                                                                        | REFUSED
      Breaches are not recorded centrally.                                                         | REFUSED
      We do not record this information in a way that would allow us to answer.                    | REFUSED
      We are unable to provide the information: an exemption under section 31 applies.             | REFUSED
      Disclosure would prejudice the prevention of crime; section 31(1)(a) is engaged.              | REFUSED
      The information is commercially sensitive and exempt under s.43(2).                           | REFUSED
      The Council can neither confirm nor deny whether it holds this information.                   | REFUSED
      The information is otherwise accessible and is therefore withheld under section 25 of FOISA.  | REFUSED
      Section 38(1)(b) of FOISA applies to the personal data requested.                             | REFUSED
      The request is manifestly unreasonable under regulation 12(4)(b) of the EIR.                  | REFUSED
      The names are personal data of third parties and exempt under section 40(2).                  | REFUSED
      This information is reasonably accessible to you by other means (section 21).                 | REFUSED
      """)
  void refusals(String text, String expected) {
    assertEquals(expected, classify(text));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(delimiter = '|', textBlock = """
      We are unable to comply with your request under section 12. This does not mean there were no breaches.  | REFUSED
      Although no breaches were reported to the ICO, collating the internal log would exceed the cost limit.  | REFUSED
      There were no breaches that we can identify without a manual search, which would exceed the appropriate limit. | REFUSED
      The information is not held: no breaches log is kept.                                                  | REFUSED
      """)
  void refusalMentioningNoBreachesInPassingIsStillARefusal(String text, String expected) {
    assertEquals(expected, classify(text));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(delimiter = '|', textBlock = """
      Please find attached the information you requested.
      Dear Sir or Madam, thank you for your request of 2 April 2014.
      Nonetheless we attach our breach register.
      The Council recorded 12 breaches; see the attached spreadsheet.
      """)
  void otherTextIsNeither(String text) {
    assertEquals("NONE", classify(text));
  }

  @Test
  void textAcrossLinesIsReadAsOne() {
    assertEquals("REFUSED", classify("The cost of compliance would exceed the\nappropriate\n limit."));
  }

  @Test
  void onlyRefusedAndNilReturnMayBeStated() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> StatusRules.load(
        new StringReader("status,pattern,note\nNO_RESPONSE,nothing,\n"),
        new StringReader("kind,pattern,note\n")));
    assertTrue(e.getMessage().contains("NO_RESPONSE"), e.getMessage());
  }
}
