package uk.breachreport.core.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.breachreport.core.ReferenceData;
import uk.breachreport.core.ingest.SheetRow;
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
      """)
  void recognises(String cells, String expected) {
    assertEquals(expected, layout(cells));
  }
}
