package uk.breachreport.core.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class BreakdownTest {

  @Test
  void sharesAndBarsScaleToTheLargestRow() {
    Breakdown b = Breakdown.of("t", "T", "Key", List.of(new BreakdownRow("A", "A", 30),
        new BreakdownRow("B", "B", 10)), false);
    assertEquals(40, b.total());
    assertEquals("75.0%", b.bars().get(0).share());
    assertEquals(Breakdown.BAR_AREA, b.bars().get(0).barWidth());
    assertEquals(Breakdown.BAR_AREA / 3.0, b.bars().get(1).barWidth(), 0.05);
    assertEquals(Breakdown.ROW_HEIGHT, b.bars().get(1).y());
  }

  /** Shares are formatted without a locale, which must print them as the UK does. */
  @Test
  void sharesReadAsInTheUk() {
    for (long whole = 1; whole <= 200; whole++) {
      for (long part = 0; part <= whole; part++) {
        assertEquals(String.format(Locale.UK, "%.1f%%", 100.0 * part / whole),
            Breakdown.share(part, whole), part + " of " + whole);
      }
    }
    assertEquals("6.3%", Breakdown.share(1, 16), "6.25 rounds up");
  }

  @Test
  void emptyBreakdownHasNoBarsAndNoShare() {
    Breakdown b = Breakdown.of("t", "T", "Key", List.of(new BreakdownRow("A", "A", 0)), false);
    assertEquals("–", b.bars().get(0).share());
    assertEquals(0.0, b.bars().get(0).barWidth());
  }

  @Test
  void topCouncilsSkipsUnrankedAndZeroAndSaysAtLeast() {
    Breakdown top = Breakdown.topCouncils("top", "Top", ReportFixture.rankings(), 20);
    assertEquals(List.of("Southampton City Council", "Birmingham City Council"),
        top.bars().stream().map(Breakdown.Bar::label).toList());
    assertEquals("at least 40", top.bars().get(1).valueText());
  }

  @Test
  void longLabelsAreShortenedForTheChartOnly() {
    Breakdown.Bar bar = new Breakdown.Bar("X", "Royal Borough of Windsor and Maidenhead Council",
        1, "1", "100.0%", 1, 0);
    assertEquals(Breakdown.LABEL_CHARS, bar.shortLabel().length());
    assertEquals("Royal Borough of Windsor and Maidenhead Council", bar.label());
  }
}
