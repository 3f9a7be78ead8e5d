package uk.breachreport.core.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.breachreport.core.ReferenceData;
import uk.breachreport.core.normalise.Period;
import uk.breachreport.core.reference.ReferenceSource;

/** The shipped data/reference/columns.csv against header cells councils write, and totals labels. */
class ColumnRulesTest {

  static ColumnRules rules;

  @BeforeAll
  static void loadRules() {
    rules = ReferenceData.load(ReferenceSource.folder(LayoutFixturesTest.REFERENCE), Period.STUDY)
        .columns();
  }

  @ParameterizedTest(name = "[{index}] ''{0}'' -> {1}")
  @CsvSource(delimiter = '|', textBlock = """
      Date                               | DATE
      Incident date                      | DATE
      Date reported                      | DATE
      Date reported to ICO               | ICO
      Month                              | DATE
      Description                        | DESCRIPTION
      Summary of breach                  | DESCRIPTION
      Brief details                      | DESCRIPTION
      Incident                           | DESCRIPTION
      Type of breach                     | CATEGORY
      Nature of breach                   | CATEGORY
      Breach type                        | CATEGORY
      Category                           | CATEGORY
      Children's data (Y/N)              | CHILDREN
      Involved young people?             | CHILDREN
      Sensitive personal data            | SENSITIVE
      Action taken                       | ACTION
      Outcome                            | ACTION
      Disciplinary action?               | ACTION
      Reported to ICO                    | ICO
      Self-reported                      | ICO
      Number of people affected          | PEOPLE
      No. of records affected            | PEOPLE
      Number                             | COUNT
      No. of breaches                    | COUNT
      Number of data protection breaches | COUNT
      Incidents                          | COUNT
      Total number                       | COUNT
      Data breaches                      | COUNT
      Data protection breaches           | COUNT
      Breaches recorded                  | COUNT
      Number recorded                    | COUNT
      Data protection breach             | DESCRIPTION
      Total                              | TOTAL
      Grand total                        | TOTAL
      Year                               | YEAR
      Financial year                     | YEAR
      Period                             | YEAR
      Ref                                | REF
      Case reference                     | REF
      Incident number                    | REF
      Department                         | NONE
      Officer                            | NONE
      Craven District Council            | NONE
      """)
  void recognisesHeaderCells(String header, String field) {
    assertEquals(field, rules.field(header).map(Enum::name).orElse("NONE"));
  }

  @ParameterizedTest(name = "[{index}] ''{0}'' -> {1}")
  @CsvSource(delimiter = '|', textBlock = """
      Total                  | true
      TOTAL:                 | true
      Sub-total              | true
      Subtotal               | true
      Grand total            | true
      Overall total          | true
      Total 2011/12          | true
      Total for 2012-13      | true
      Totals                 | true
      Total loss of records  | false
      Totally lost file      | false
      Lost paper             | false
      Subtotal: paper        | false
      """)
  void tellsWholeCellTotalLabels(String cell, boolean total) {
    assertEquals(total, ColumnRules.isTotalCell(cell));
  }

  @ParameterizedTest(name = "[{index}] ''{0}'' -> {1}")
  @CsvSource(delimiter = '|', textBlock = """
      Total                  | true
      Sub-total 2011/12      | true
      Subtotal: paper        | true
      Grand total            | true
      Total number of breaches | true
      Totally lost file      | false
      Lost paper             | false
      2011/12                | false
      """)
  void tellsRowsLedByTotal(String cell, boolean total) {
    assertEquals(total, ColumnRules.isTotalLabel(cell));
  }
}
