package uk.breachreport.core.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.breachreport.core.model.Authority;
import uk.breachreport.core.quality.CouncilStatus;
import uk.breachreport.core.quality.HeldCouncil;
import uk.breachreport.core.quality.Hold;

/** What each council answered, and the councils grouped, as responses/ and the tables give them. */
class ResponsesTest {

  private static Authority council(String code, String region, Long population) {
    return new Authority(code, "Council " + code, "District", "England", region, List.of(),
        population, 2011, "test");
  }

  private static Responses.File file(String code, String name, String outcome) {
    return new Responses.File(code, name, outcome, 0, false);
  }

  private static Map<String, String> statuses(List<Responses.Response> responses) {
    return responses.stream().collect(java.util.stream.Collectors.toMap(
        r -> r.council().code(), Responses.Response::status));
  }

  @Test
  void aCorrectionWinsThenAHoldThenWhatTheFilesAndTheManifestSay() {
    List<Authority> register = List.of(council("H", "North East", 1L),
        council("C", "North East", 1L), council("R", "North East", 1L),
        council("K", "North East", 1L), council("N", "North East", 1L),
        council("M", "North East", 1L), council("F", "North East", 1L),
        council("X", "North East", 1L), council("O", "North East", 1L));
    List<Responses.Response> responses = Responses.of(new Responses.Facts(register, List.of(
            file("H", "h.xlsx", "USED"), file("C", "c.xlsx", "USED"),
            file("N", "n.docx", "NIL_RETURN"), file("N", "n2.docx", "REJECTED"),
            file("F", "f.pdf", "REFUSED"), file("X", "x.csv", "REJECTED"),
            file(null, "unknown.csv", "USED")),
            List.of(new CouncilStatus("M", "NIL_RETURN", "by phone"),
                new CouncilStatus("O", "REFUSED", null)),
            List.of(new HeldCouncil("H", "Council H", 40_000,
                List.of(new Hold("H", "HUGE_CELL", "a single count of 40,000")))),
            List.of(new CouncilStatus("C", "REFUSED", "withdrawn"))),
        Map.of("K", new Responses.Counted(2, 9)));
    assertEquals(Map.of("H", "HELD_FOR_REVIEW", "C", "REFUSED", "R", "NO_RESPONSE",
        "K", "RESPONDED", "N", "NIL_RETURN", "M", "NIL_RETURN", "F", "REFUSED",
        "X", "NO_RESPONSE", "O", "REFUSED"), statuses(responses));
    assertEquals(List.of("C", "F", "H", "K", "M", "N", "O", "R", "X"),
        responses.stream().map(r -> r.council().code()).toList());
    Responses.Response held = responses.get(2);
    assertEquals("HUGE_CELL: a single count of 40,000", held.holdReason());
    assertEquals(40_000L, held.breachesHeld());
    assertEquals("withdrawn", responses.get(0).correctionNote());
    Responses.Response rejectedOnly = responses.get(8);
    assertEquals(List.of(1L, 0L, 1L), List.of(rejectedOnly.files(), rejectedOnly.filesUsed(),
        rejectedOnly.filesRejected()));
    assertEquals(List.of("x.csv"), rejectedOnly.fileNames());
    assertEquals(List.of(2L, 9L), List.of(responses.get(3).records(), responses.get(3).breaches()));
  }

  @Test
  void theManifestsNotesAreListedOnceInOrderAndACouncilNotInItHasNone() {
    List<Responses.Response> responses = Responses.of(new Responses.Facts(
        List.of(council("A", null, 1L), council("B", null, 1L), council("C", null, 1L)),
        List.of(file("A", "z.csv", "NIL_RETURN"), file("A", "\uD83D\uDE00.csv", "NIL_RETURN"),
            file("A", "\uFFFD.csv", "NIL_RETURN")),
        List.of(new CouncilStatus("A", "NIL_RETURN", "post"),
            new CouncilStatus("A", "NIL_RETURN", "email"),
            new CouncilStatus("A", "NIL_RETURN", "post"),
            new CouncilStatus("B", "REFUSED", null)),
        List.of(), List.of()), Map.of());
    assertEquals("email; post", responses.get(0).manifestNote());
    assertEquals("", responses.get(1).manifestNote());
    assertNull(responses.get(2).manifestNote());
    // Spark's order: UTF-8 bytes, so a character above U+FFFF sorts after U+FFFD.
    assertEquals(List.of("z.csv", "\uFFFD.csv", "\uD83D\uDE00.csv"),
        responses.get(0).fileNames());
  }

  @Test
  void groupsCountEveryCouncilButRateOnlyThoseThatAnswered() {
    Responses.File minimum = new Responses.File("A", "a.csv", "USED", 0, true);
    List<Responses.Response> responses = Responses.of(new Responses.Facts(
        List.of(council("A", "London", 100_000L), council("B", "London", 300_000L),
            council("C", null, 50_000L), council("D", "London", 900_000L)),
        List.of(minimum, file("B", "b.csv", "NIL_RETURN"), file("C", "c.csv", "USED"),
            new Responses.File("D", "d.csv", "REJECTED", 4, true)),
        List.of(), List.of(), List.of()),
        Map.of("A", new Responses.Counted(3, 8), "C", new Responses.Counted(1, 1)));
    Responses.Group national = Responses.national(responses);
    assertEquals(List.of(4L, 3L, 9L), List.of(national.authorities(), national.answered(),
        national.breaches()));
    assertEquals(List.of(2L, 1L, 1L, 0L), List.of(national.withStatus("RESPONDED"),
        national.withStatus("NIL_RETURN"), national.withStatus("NO_RESPONSE"),
        national.withStatus("REFUSED")));
    assertEquals(true, national.lowerBound());
    List<Responses.Group> regions = Responses.by(responses, Authority::region);
    assertEquals(1, regions.size(), "a council without a region is in no region's group");
    Responses.Group london = regions.get(0);
    assertEquals(List.of(3L, 2L, 8L), List.of(london.authorities(), london.answered(),
        london.breaches()));
    assertEquals(2.0, london.per100k(), "8 over the 400,000 who answered, not D's 900,000");
    assertEquals(4L, responses.get(3).rejectedRows());
    assertEquals(false, responses.get(3).lowerBound() && responses.get(3).answered());
  }
}
