package uk.breachreport.core.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.breachreport.core.model.SheetRow;

/** Rows that state a table's total in words (cells separated by "|"), and the figure they state. */
class SummaryTest {

  @ParameterizedTest(name = "[{index}] {0} -> {1}")
  @CsvSource(delimiter = ';', textBlock = """
      Total number of breaches 1 April 2011 - 31 March 2014: 16;                    16
      Total number of breaches 1 April 2011 - 31 March 2014:|16;                    16
      The total number of breaches recorded between April 2011 and March 2014 was 1,204.; 1204
      The Council recorded a total of 14 data protection breaches between 1 April 2011 and 31 March 2014.; 14
      Total number of breaches in 2011/12 - 2013/14 = 9;                            9
      Total;                                                                        none
      Total|16;                                                                     none
      Total number of breaches|<5;                                                  none
      Total reported to the ICO: 3;                                                 none
      In total 12 breaches were recorded, of which 2 involved children;             none
      Total number of breaches: 16 in 2011/12 and 9 in 2012/13;                     none
      Total loss of records|3;                                                      none
      We received a total of 3 requests under section 12;                          none
      Figures below 5 are withheld under section 40(2);                             none
      """)
  void readsATotalStatedInWords(String cells, String figure) {
    SheetRow row = new SheetRow(9, Arrays.asList(cells.split("\\|", -1)));
    assertEquals(figure, Summary.statedTotal(row).stream().mapToObj(Long::toString).findFirst()
        .orElse("none"));
  }
}
