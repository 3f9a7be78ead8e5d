package uk.breachreport.core.normalise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.breachreport.core.normalise.CouncilResolverTest.resolvedCode;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.breachreport.core.normalise.Resolution.NotCounted;
import uk.breachreport.core.normalise.Resolution.Resolved;
import uk.breachreport.core.reference.ReferenceSource;

/** Answers from councils abolished before or during the period, on the real register. */
class CouncilResolverFormerTest {

  static CouncilResolver resolver(String from, String to) {
    return new CouncilResolver(Register.forPeriod(ReferenceSource.folder(RegisterTest.REFERENCE),
        new Period(LocalDate.parse(from), LocalDate.parse(to))));
  }

  static final CouncilResolver Y2019_2022 = resolver("2019-04-01", "2022-03-31");
  static final CouncilResolver Y2018_2024 = resolver("2018-04-01", "2024-03-31");
  static final CouncilResolver Y2022_2024 = resolver("2022-04-01", "2024-03-31");

  @Test
  void predecessorAbolishedDuringThePeriodIsCountedForItsSuccessorAndSaysSo() {
    Resolution r = Y2018_2024.fromFileName("answers/Taunton Deane Borough Council FOI.xlsx");
    assertEquals("E06000066", resolvedCode(r));
    assertEquals("name in file name: Taunton Deane Borough Council, abolished 2019-03-31, counted for Somerset Council",
        ((Resolved) r).how());
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      textBlock = """
          Aylesbury Vale District Council | E06000060
          Aylesbury Vale                  | E06000060
          E07000004                       | E06000060
          Kettering                       | E06000061
          Somerset West and Taunton       | E07000246
          Somerset County Council         | E10000027
          Somerset                        | E10000027
          Dorset Council                  | E06000059
          """)
  void in2019To2022(String text, String code) {
    assertEquals(code, resolvedCode(Y2019_2022.resolve(text)));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      textBlock = """
          Somerset                                | E06000066
          Somerset Council                        | E06000066
          Somerset West and Taunton Council       | E06000066
          South Lakeland District Council         | E06000064
          Craven                                  | E06000065
          """)
  void in2022To2024TodaysNamesStayUnambiguous(String text, String code) {
    assertEquals(code, resolvedCode(Y2022_2024.resolve(text)));
  }

  @Test
  void formerNameLongerThanATodaysNameWins() {
    // "Somerset" alone is the county in force; "West Somerset" was a district abolished in 2019.
    Resolution r = Y2019_2022.fromFileName("West Somerset Council breaches.csv");
    NotCounted n = assertInstanceOf(NotCounted.class, r, r.reason());
    assertEquals("E07000191", n.authority().code());
  }

  @Test
  void councilAbolishedBeforeThePeriodStartsIsAnAnswerFromTheWrongPeriod() {
    Resolution r = Y2019_2022.fromContent(List.of("Taunton Deane Borough Council", "Freedom of Information"));
    NotCounted n = assertInstanceOf(NotCounted.class, r, r.reason());
    assertEquals("E07000190", n.authority().code());
    assertEquals("name in content", n.how());
    assertEquals("Taunton Deane Borough Council (E07000190) was abolished on 2019-03-31, before the period "
        + "2019-04-01..2022-03-31 starts: an answer from the wrong period", r.reason());
    assertTrue(r.resolved().isEmpty());
  }

  @Test
  void splitCouncilIsNotCreditedToEitherSuccessor() {
    Resolution r = Y2022_2024.fromFileName("E10000006_foi_response.xlsx");
    NotCounted n = assertInstanceOf(NotCounted.class, r, r.reason());
    assertEquals("E10000006", n.authority().code());
    assertTrue(r.reason().contains("split between Cumberland Council (E06000063) and Westmorland and Furness Council (E06000064)"),
        r.reason());
  }

  @Test
  void manifestCodeOfAFormerCouncilSaysHowItWasCounted() {
    Resolution r = Y2018_2024.resolve("E07000190");
    assertEquals("E06000066", resolvedCode(r));
    assertEquals("manifest: Taunton Deane Borough Council, abolished 2019-03-31, counted for Somerset Council",
        ((Resolved) r).how());
  }

  @Test
  void councilNotYetCreatedOnThePeriodsLastDayIsNotFound() {
    assertInstanceOf(Resolution.Unresolved.class, Y2019_2022.fromFileName("E06000066.xlsx"));
  }

  @Test
  void theStudyPeriodHasNoFormerCouncils() {
    // Nothing in the register ended before 2014-03-31, so the 2011-2014 run resolves as before.
    Register study = RegisterTest.studyRegister();
    assertTrue(study.history().stream().noneMatch(e -> e.end() != null && e.end().isBefore(study.day())));
  }
}
