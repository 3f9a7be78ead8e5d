package uk.breachreport.core.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.breachreport.core.ReferenceData;
import uk.breachreport.core.model.SheetRow;
import uk.breachreport.core.normalise.Period;
import uk.breachreport.core.reference.ReferenceSource;

/** Header rows (cells separated by "|") and the layout they imply, with the shipped columns.csv. */
class HeaderFinderTest {

  static ColumnRules rules;

  @BeforeAll
  static void loadRules() {
    rules = ReferenceData.load(ReferenceSource.folder(LayoutFixturesTest.REFERENCE), Period.STUDY)
        .columns();
  }

  static String layout(String cells) {
    SheetRow row = new SheetRow(1, Arrays.asList(cells.split("\\|", -1)));
    return HeaderFinder.find(row, rules).map(h -> h.layout().name()).orElse("none");
  }

  @ParameterizedTest(name = "[{index}] {0} -> {1}")
  @CsvSource(delimiter = ';', textBlock = """
      Date|Description|Action taken|Reported to ICO;                 INCIDENT_LOG
      Case ref|Incident date|Summary of breach|Category|Outcome;      INCIDENT_LOG
      Incident|Department|Action taken;                              INCIDENT_LOG
      Nature of breach|Outcome|ICO notified;                         INCIDENT_LOG
      Type of breach|2011/12|2012/13|2013/14|Total;                  SUMMARY_WIDE
      |2011-12|2012-13;                                              SUMMARY_WIDE
      Year|Lost or stolen paper|Sent to wrong recipient|Total;       SUMMARY_YEAR_ROWS
      Year|Lost or stolen|Wrong recipient|Other;                     SUMMARY_YEAR_ROWS
      Period|1 April 2011|31 March 2014;                             none
      Year|2012|2013;                                                none
      Year|Type|Number;                                              SUMMARY_LONG
      Financial year|Breach type|No. of breaches;                    SUMMARY_LONG
      Type of breach|Number;                                         SUMMARY_BY_TYPE
      Category|Total;                                                SUMMARY_BY_TYPE
      Financial year|Number of breaches;                             YEAR_TOTALS
      Period|Number of data protection breaches;                     YEAR_TOTALS
      Craven District Council;                                       none
      Freedom of Information request FOI 0412;                       none
      Data protection breaches 2011/12;                              none
      Date of request:|02/04/2014|Date of response:|28/04/2014;      none
      Date:|28/04/2014;                                              none
      Council tax details sent to wrong address|05/06/2012|Advice;   none
      Total|21;                                                      none
      Type of breach|FY 2011-12 (1 April 2011 - 31 March 2012)|FY 2012-13 (1 April 2012 - 31 March 2013); SUMMARY_WIDE
      |Year ending 31 March 2012|Year ending 31 March 2013;          SUMMARY_WIDE
      Year|Data breaches;                                            YEAR_TOTALS
      Period|Breaches recorded;                                      YEAR_TOTALS
      """)
  void recognises(String cells, String expected) {
    assertEquals(expected, layout(cells));
  }

  static SheetRow row(int number, String cells) {
    return new SheetRow(number, Arrays.asList(cells.split("\\|", -1)));
  }

  /** Upper row; lower row; is the lower the header's second row; if so, the two read as one. */
  @ParameterizedTest(name = "[{index}] {0} over {1}")
  @CsvSource(delimiter = ';', textBlock = """
      Incident||Data involved|||Outcome|;  Date|Details|Children|Sensitive|People affected|Action taken|Reported to ICO; true; Date|Details|Children|Sensitive|People affected|Action taken|Reported to ICO
      Ref|Incident||Outcome;               |Date|Details|Action taken;  true;  Ref|Date|Details|Action taken
      Type of breach|Number of breaches||;  |2011/12|2012/13|2013/14;    true;  Type of breach|2011/12|2012/13|2013/14
      Date|Description|Outcome|;           ||Staff|Council;            true;  Date|Description|Outcome Staff|Outcome Council
      Date|Description|Action taken;       05/06/2012|Letter sent to wrong address|Advice; false; -
      Type of breach|Number;               Lost paper|3;                false; -
      Date|Description|Action taken;       None||;                      false; -
      Description|Action taken;            2011/12;                     false; -
      Type|Action taken|ICO;               Email|Training|No;           false; -
      """)
  void readsTwoRowHeaders(String upper, String lower, boolean second, String merged) {
    SheetRow top = row(4, upper);
    SheetRow bottom = row(5, lower);
    assertEquals(second, HeaderFinder.isSecondRow(top, bottom, rules), "second row");
    if (second) {
      assertEquals(merged, String.join("|", HeaderFinder.merge(top, bottom, rules).cells()), "merged");
    }
  }

  @ParameterizedTest(name = "[{index}] {0} over {1}")
  @CsvSource(delimiter = ';', textBlock = """
      Incident||Data involved||Outcome;    Date|Details|Children|Sensitive|Action taken; true
      Ref|Date|Incident||Outcome;          ||Details|Type|;                true
      Craven District Council;             Date|Description|Action taken;  false
      Date of request:|02/04/2014;         Date|Description|Action taken;  false
      """)
  void readsGroupRowsAboveAHeader(String upper, String lower, boolean first) {
    assertEquals(first, HeaderFinder.isFirstRow(row(4, upper), row(5, lower)));
  }
}
