package uk.breachreport.core.report;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import uk.breachreport.core.quality.AppliedCorrection;
import uk.breachreport.core.quality.HeldCouncil;
import uk.breachreport.core.quality.Hold;

/** Whatever a council wrote is text in the report, never markup. */
class ReportEscapingTest {

  private static final String SCRIPT = "<script>alert(1)</script>";
  private static final String IMG = "<img src=x onerror=alert(1)>";
  private static final String LINK = "<a href=\"javascript:alert(1)\">click</a>";

  private static final ReportRenderer RENDERER = new ReportRenderer();

  static Stream<Arguments> pages() {
    CouncilSheet sheet =
        ReportFixture.southamptonSheet(
            List.of(new IncidentLine("2012-01-01", "Other", SCRIPT + " " + IMG + " " + LINK,
                "None")),
            List.of(new SourceFile(SCRIPT + ".xlsx", "REJECTED", IMG,
                0, 3, "no table header in sheet '" + LINK + "'", null)));
    QualitySummary quality = new QualitySummary(1, 0, 0, 0, 1, 0, 0, 0, 0,
        List.of(new BreakdownRow("UNRESOLVED", "Council not found in " + SCRIPT + ".csv", 1)),
        List.of("sheet " + IMG + ": stated total 3, breakdown sums to 2"), 0, 0, 1,
        List.of(new HeldCouncil("E1", SCRIPT, 1, List.of(new Hold("E1", "HUGE_CELL", IMG)))),
        List.of(new AppliedCorrection(2, LINK, "E1", "category", "OTHER", SCRIPT, "applied")),
        List.of(SCRIPT));
    ReportModel model = ReportFixture.model(List.of(sheet), quality);
    return Stream.of(
        Arguments.of("index", RENDERER.indexHtml(model)),
        Arguments.of("print", RENDERER.printHtml(model)),
        Arguments.of("factsheet", RENDERER.councilHtml(model, sheet)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("pages")
  void councilTextIsEscaped(String page, String html) {
    for (String raw : List.of("<script>alert", "<img", "onerror=alert(1)>", "href=\"javascript:",
        "<a href=\"javascript")) {
      assertFalse(html.contains(raw), page + " contains unescaped " + raw);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("pages")
  void councilTextIsStillShownAsText(String page, String html) {
    assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), page);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("pages")
  void onlyTheReportsOwnScriptRuns(String page, String html) {
    long scripts = html.split("<script>", -1).length - 1;
    assertTrue(scripts <= 1, page + " has " + scripts + " script elements");
  }
}
