package uk.breachreport.core.words;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Objects;
import org.junit.jupiter.api.BeforeAll;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import uk.breachreport.core.ReferenceData;
import java.nio.file.Path;
import uk.breachreport.core.model.RawRecord;
import uk.breachreport.core.normalise.Period;
import uk.breachreport.core.reference.ReferenceSource;

/** Figures read from letters' sentences with the shipped data/reference/words.csv. */
class LetterFiguresTest {

  static final Path REFERENCE = Path.of(System.getProperty("project.root", "../.."), "data/reference");
  static WordRules words;

  @BeforeAll
  static void load() {
    words = ReferenceData.load(ReferenceSource.folder(REFERENCE), Period.STUDY)
        .statuses().words();
  }

  static LetterFigures.Result read(String text) {
    return LetterFigures.read("letter.txt", text.lines().toList(), words);
  }

  static String show(LetterFigures.Result r) {
    if (r.problem() != null) {
      return "PROBLEM " + r.problem();
    }
    StringBuilder s = new StringBuilder(r.layout() + (r.saysZero() ? " zero" : "") + (r.lowerBound() ? " lower" : ""));
    for (RawRecord rec : r.records()) {
      s.append(" | ").append(rec.source().row()).append(':')
          .append(Objects.toString(rec.financialYear(), "-")).append('/')
          .append(Objects.toString(rec.date(), "-")).append('=')
          .append(rec.suppressed() ? "<" : "").append(rec.count())
          .append(rec.description() == null ? "" : " [" + rec.description() + "]");
    }
    return s.toString();
  }

  /**
   * A letter's text and what is read from it: the layout, then per record its line, financial
   * year / month or quarter, count ({@code <} where hidden) and, for a breakdown, its words.
   */
  static Stream<Arguments> letters() {
    return Stream.of(
        Arguments.of("Between 1 April 2011 and 31 March 2014 the Council recorded a total of 47 data protection breaches.",
            "PROSE_TOTAL | 1:-/-=47"),
        Arguments.of("1. None.\n\n2. \u2013 5. Not applicable, as there were no breaches.",
            ""),
        // The same years under each directorate: three groups of figures, added.
        Arguments.of("The data protection breaches recorded, by directorate:\nAdult Services\n"
            + "- 2011/12 - 4\n- 2012/13 - 6\nPlace (including Highways and Planning)\n"
            + "- 2011/12 - 1\n- 2012/13 - 2\nResources\n- 2011/12 - 3\n- 2012/13 - 3\n",
            "PROSE_YEARS | 3:2011-12/-=4 | 4:2012-13/-=6 | 6:2011-12/-=1 | 7:2012-13/-=2"
                + " | 9:2011-12/-=3 | 10:2012-13/-=3"),
        // The total is in the attached spreadsheet; the letter gives only parts of it.
        Arguments.of("We can advise that 12 incidents over the three years were self-reported to"
            + " the ICO and that disciplinary procedures were instigated in 19 cases.", ""),
        Arguments.of("In 2011/12 the council recorded 5 data protection breaches, in 2012/13 there"
            + " were 7 and in 2013/14 there were 4. In addition there were 9 near misses in"
            + " 2013/14 which did not result in any loss of personal data.",
            "PROSE_YEARS | 1:2011-12/-=5 | 1:2012-13/-=7 | 1:2013-14/-=4"),
        Arguments.of("The breaches recorded in that period, by type, were:\n"
            + "Email sent to wrong recipient ........ 12\n"
            + "Post sent to wrong address ........... 9\n"
            + "Lost or stolen equipment .............. <5\n"
            + "Other ................................. <5",
            "PROSE_BREAKDOWN lower | 2:-/-=12 [Email sent to wrong recipient 12]"
                + " | 3:-/-=9 [Post sent to wrong address 9]"
                + " | 4:-/-=<null [Lost or stolen equipment < 5]"),
        Arguments.of("The log of breaches is attached.\nCaf\u00e9 = 1 line of quoted-printable.",
            ""),
        Arguments.of("The Council recorded forty-seven incidents in the period.",
            "PROSE_TOTAL | 1:-/-=47"),
        Arguments.of("There were one hundred and three data breaches.",
            "PROSE_TOTAL | 1:-/-=103"),
        Arguments.of("Total: 413 incidents",
            "PROSE_TOTAL | 1:-/-=413"),
        Arguments.of("We can confirm that 47 (forty-seven) breaches were reported.",
            "PROSE_TOTAL | 1:-/-=47"),
        Arguments.of("In total there were 23 breaches of the Data Protection Act.",
            "PROSE_TOTAL | 1:-/-=23"),
        Arguments.of("2022/23 = 97 data incidents\n2021/22 = 312\n2020/21 = 227",
            "PROSE_YEARS | 1:2022-23/-=97 | 2:2021-22/-=312 | 3:2020-21/-=227"),
        Arguments.of("In 2011/12 there were 9 breaches, in 2012/13 there were 21 and in 2013/14 17.",
            "PROSE_YEARS | 1:2011-12/-=9 | 1:2012-13/-=21 | 1:2013-14/-=17"),
        Arguments.of("Number of data breaches:\n2013/14 - 17\n2012/13 - 21\n2011/12 - 9\nTotal 47",
            "PROSE_YEARS | 2:2013-14/-=17 | 3:2012-13/-=21 | 4:2011-12/-=9"),
        Arguments.of("There were 9 breaches in 2011/12, 21 in 2012/13 and 17 in 2013/14, 47 in total.",
            "PROSE_YEARS | 1:2011-12/-=9 | 1:2012-13/-=21 | 1:2013-14/-=17"),
        Arguments.of("The number of breaches in the financial year April 2012 to March 2013 was 14.",
            "PROSE_YEARS | 1:2012-13/-=14"),
        Arguments.of("2011-12: fewer than 5 breaches. 2012-13: 6 breaches. 2013-14: 4 breaches. Total 12.",
            "PROSE_YEARS | 1:2011-12/-=<null | 1:2012-13/-=6 | 1:2013-14/-=4 | 1:-/-=<2"),
        Arguments.of("The number of data breaches recorded each month:\nNovember 2018 32, December 2018 23, January 2019 17",
            "PROSE_MONTHS | 2:2018-19/November 2018=32 | 2:2018-19/December 2018=23 | 2:2018-19/January 2019=17"),
        Arguments.of("Breaches by quarter: Q1 2012/13 3, Q2 2012/13 5.",
            "PROSE_MONTHS | 1:2012-13/Q1 2012/13=3 | 1:2012-13/Q2 2012/13=5"),
        Arguments.of("The Council recorded a total of forty-seven data protection breaches. 12 of these were emails sent to the wrong person. One member of staff was dismissed.",
            "PROSE_BREAKDOWN | 1:-/-=12 [12 of these were emails sent to the wrong person] | 1:-/-=35"),
        Arguments.of("There were 20 incidents, of which 5 were reported to the ICO.",
            "PROSE_TOTAL | 1:-/-=20"),
        Arguments.of("There were 30 breaches: 10 of these involved lost or stolen laptops and 8 of these were letters sent to the wrong address.",
            "PROSE_BREAKDOWN | 1:-/-=10 [10 of these involved lost or stolen laptops] | 1:-/-=8 [8 of these were letters sent to the wrong address] | 1:-/-=12"),
        Arguments.of("There were fewer than five breaches in the period.",
            "PROSE_TOTAL lower | 1:-/-=<null"),
        Arguments.of("We received 1,234 FOI requests in 2012/13. There were no data breaches.",
            ""),
        Arguments.of("Your request FOI 7314 dated 3 May 2014. The cost of compliance would exceed £450, or 18 hours.",
            ""),
        Arguments.of("Please contact us on 01234 567890 or write to SW1A 1AA quoting reference 2014/0412.",
            ""),
        Arguments.of("Section 40(2) applies to 3 of the details. 95% of staff have completed training.",
            ""),
        Arguments.of("The Council employs 4,500 staff and handled 312 subject access requests.",
            ""),
        Arguments.of("You asked: how many data breaches were there in 2011/12, 2012/13 and 2013/14?",
            ""),
        Arguments.of("1. How many data breaches did the council record between April 2011 and March 2014?\nAnswer: 103\n2. How many were reported to the ICO?\nAnswer: 5\n3. How many staff were disciplined?\nAnswer: 2",
            "PROSE_TOTAL | 2:-/-=103"),
        Arguments.of("We recorded 12 breaches in our schools and 30 breaches in social care.",
            "PROBLEM the letter gives several different breach totals [12, 30] and does not say which is the answer"),
        Arguments.of("There were 0 data breaches recorded.",
            " zero"),
        Arguments.of("Part 1: The number of data protection breaches recorded was 22 in 2011/12, 10\nin 2012/13 and 23 in 2013/14.",
            "PROSE_YEARS | 1:2011-12/-=22 | 1:2012-13/-=10 | 1:2013-14/-=23"),
        Arguments.of("Year     FOI requests received  Data protection breaches\n-------  ---------------------  ------------------------\n2011/12  873                    6\n2012/13  867                    19\nTotal    1,740                  25",
            "PROSE_YEARS | 3:2011-12/-=6 | 4:2012-13/-=19"),
        Arguments.of("Subject: Data security incidents 2011-2014\nFinancial year 2014/15 (1 April 2014 to 31 March 2015) - 4\nFinancial year 2011/12 (1 April 2011 to 31 March 2012) - 9\nPlease note we have also included the figure for 2014/15 to date (up to 30\nJune 2014) for information.\nTotal for the period requested (2011/12 to 2013/14): 9",
            "PROSE_YEARS | 2:2014-15/-=4 | 3:2011-12/-=9"),
        Arguments.of("Our original response stated that 27 incidents had been recorded. The panel has established that this figure was incorrect. The correct number of data protection breaches recorded is therefore 25.",
            "PROSE_TOTAL | 1:-/-=25"),
        Arguments.of("We estimate this would exceed the appropriate limit. The Council self-reported 4 incidents to the Information Commissioner's Office. If you would like to refine your request to cover only those 4 incidents, we would be happy to consider it.",
            ""),
        Arguments.of("The recorded breaches break down as follows: 24 were letters posted to an\nincorrect address and 7 were lost laptops.\nChildren's data: three cases.",
            "PROSE_BREAKDOWN | 1:-/-=24 [24 were letters posted to an incorrect address] | 1:-/-=7 [7 were lost laptops]"),
        Arguments.of("Data protection breaches by directorate:\nChildren's Services ...... 64\nResources ...... 22\n86",
            "PROSE_TOTAL | 4:-/-=86"),
        Arguments.of("Types of breach: lost unencrypted USB memory stick 21, information disclosed verbally to the wrong person 20, confidential waste not disposed of securely 11.",
            "PROSE_BREAKDOWN | 1:-/-=21 [lost unencrypted USB memory stick 21] | 1:-/-=20 [information disclosed verbally to the wrong person 20] | 1:-/-=11 [confidential waste not disposed of securely 11]"),
        Arguments.of("Tel: 01506 566341. Please write within 40\nworking days.",
            ""),
        Arguments.of("RE: FOI 6171 - data protection breaches\nThe figure is 0 (nil) for each of the financial years 2011/12, 2012/13 and 2013/14.",
            " zero"),
        // Later figures about a year already given describe some of its breaches.
        Arguments.of("We logged 5 data breaches in 2011/12, 8 in 2012/13 and 2 in 2013/14. One breach in 2012/13 involved a mobile phone left on a bus. Three incidents (all 2012/13) involved health data. One incident (2011/12) was reported to the Information Commissioner.",
            "PROSE_YEARS | 1:2011-12/-=5 | 1:2012-13/-=8 | 1:2013-14/-=2"),
        Arguments.of("The Council recorded 31 data breaches in the period. Two incidents (both in 2013/14) involved children's records, and one (in 2011/12) led to disciplinary action.",
            "PROSE_TOTAL | 1:-/-=31"),
        Arguments.of("In 2011/12 there were 9 breaches. In 2012/13 there were 21 breaches, of which 3 were reported to the ICO. In 2013/14 there were 17 breaches (including 2 involving children).",
            "PROSE_YEARS | 1:2011-12/-=9 | 1:2012-13/-=21 | 1:2013-14/-=17"),
        Arguments.of("The council recorded 47 breaches overall. In 2011/12 there were 9 breaches, none involving sensitive data. In 2012/13 there were 21 and in 2013/14 17.",
            "PROSE_YEARS | 1:2011-12/-=9 | 1:2012-13/-=21 | 1:2013-14/-=17"),
        Arguments.of("There were 4 breaches in 2012/13 and 6 in 2013/14. In 2012/13, 11 incidents were recorded by the housing team alone.",
            "PROBLEM the letter gives 4 and later 11 breaches for 2012-13, more than it gave first, so its figures cannot be told apart"),
        Arguments.of("The Council recorded 30 breaches in Housing. Social Services recorded 12 breaches, 3 of which were reported to the ICO.",
            "PROBLEM the letter gives several different breach totals [12, 30] and does not say which is the answer"),
        Arguments.of("We recorded 6 data breaches in 2012/13 and 4 in 2013/14. In 2013/14, 2 incidents were found and corrected within a day.",
            "PROSE_YEARS | 1:2012-13/-=6 | 1:2013-14/-=4"),
        // A year outside the request is the year's own figure, not a total for the period.
        Arguments.of("Our records show 7 breaches in 2013/14 and 4 in 2012/13. Separately, 3 further incidents have so far been logged during the current year 2014/15.",
            "PROSE_YEARS | 1:2013-14/-=7 | 1:2012-13/-=4 | 1:2014-15/-=3"),
        // A correction replaces the figure it corrects, before or after it.
        Arguments.of("Correction: the figure for 2011/12 quoted below should read 6, not 5. The revised total is therefore 20.\n\n> In 2011/12 the council recorded 5 breaches, in 2012/13 9 and in 2013/14 5, 19 in total.",
            "PROSE_YEARS | 1:2011-12/-=6 | 3:2012-13/-=9 | 3:2013-14/-=5"),
        Arguments.of("In 2011/12 there were 4 incidents, in 2012/13 there were 7 and in 2013/14 there were 3.\nPlease note that the 2012/13 figure should read 6 rather than 7, as one incident was recorded twice.",
            "PROSE_YEARS | 1:2011-12/-=4 | 2:2012-13/-=6 | 1:2013-14/-=3"),
        Arguments.of("We have corrected the 2013/14 figure from 8 to 10 data breaches. Breaches: 2011/12 = 3, 2012/13 = 5, 2013/14 = 8.",
            "PROSE_YEARS | 1:2013-14/-=10 | 1:2011-12/-=3 | 1:2012-13/-=5"),
        Arguments.of("Data breaches: 2011/12 5; 2012/13 7; 2013/14 4. Correction to the figures we sent on 3 June: the 2012/13 figure was 6, not 7.",
            "PROSE_YEARS | 1:2011-12/-=5 | 1:2012-13/-=6 | 1:2013-14/-=4"),
        Arguments.of("The council recorded 12 breaches in 2011/12, 15 in 2012/13 and 10 in 2013/14, 37 in all. Correction: one breach was counted twice, so the corrected total is 36.",
            "PROBLEM the letter corrects its total to 36, but its figures per year add up to 37 and it does not say which year's figure changed"),
        Arguments.of("There were 14 data breaches over the three years. Please note a correction to our earlier letter: one of these should not have been counted.",
            "PROBLEM the letter corrects a figure on line 1 but does not say which one or to what, so its figures cannot be told apart"),
        // Figures listed by category under a heading for each year: the parts of that year.
        Arguments.of("Data protection breaches by type of incident:\n2011/12\n* Post sent to the wrong address: 2\n* Loss of paper files: 1\n* Other: 1\n2012/13 (1 April 2012 to 31 March 2013)\n* Post sent to the wrong address: 3\n* Unauthorised disclosure: 2\n2014/15 to date\n* Loss of paper files: 4\nOne incident (a stolen laptop in 2012/13) involved health data. Two incidents were reported to the ICO.",
            "PROSE_BREAKDOWN | 3:2011-12/-=2 [Post sent to the wrong address 2] | 4:2011-12/-=1 [Loss of paper files 1] | 5:2011-12/-=1 [Other 1]"
                + " | 7:2012-13/-=3 [Post sent to the wrong address 3] | 8:2012-13/-=2 [Unauthorised disclosure 2] | 10:2014-15/-=4 [Loss of paper files 4]"),
        Arguments.of("Year 2012/13\n- Data breaches: 6\n- Emails sent to the wrong recipient: 4\n- Lost files: 2\nYear 2013/14\n- Data breaches: 3",
            "PROSE_YEARS | 2:2012-13/-=6 | 6:2013-14/-=3"),
        // Breaches by calendar quarter: each quarter is the financial quarter it falls in.
        Arguments.of("We count data breaches by calendar year, so the number of breaches for each quarter is shown below.\n"
            + "        Jan-Mar   Apr-Jun   Jul-Sep   Oct-Dec   Total\n"
            + "2011      1         2         0         3        6\n"
            + "2012      2         -         1         1        4\n"
            + "2014      4         5*        -         -        9\n"
            + "* to 15 May 2014 only. Of these breaches, 3 were reported to the ICO.",
            "PROSE_MONTHS | 3:2010-11/Q4 2010/11=1 | 3:2011-12/Q1 2011/12=2 | 3:2011-12/Q3 2011/12=3"
                + " | 4:2011-12/Q4 2011/12=2 | 4:2012-13/Q2 2012/13=1 | 4:2012-13/Q3 2012/13=1"
                + " | 5:2013-14/Q4 2013/14=4 | 5:2014-15/Q1 2014/15=5"),
        Arguments.of("Data breaches are reported to the Information Governance Board each quarter. The figures are: Q3 2012/13 (Oct-Dec 2012) 3; Q4\n2012/13 (Jan-Mar 2013) 5; Q1 2013/14\n(Apr-Jun 2013) 2; Q2 2013/14 (Jul-Sep 2013) 7.",
            "PROSE_MONTHS | 1:2012-13/Q3 2012/13=3 | 1:2012-13/Q4 2012/13=5 | 1:2013-14/Q1 2013/14=2 | 1:2013-14/Q2 2013/14=7"),
        Arguments.of("We began logging data incidents in 2010. In all, 61 incidents have been logged, of which 9 were before April 2011. The number for the period of your request is therefore 52. One incident was reported to the ICO in 2013.",
            "PROSE_TOTAL | 1:-/-=52"),
        Arguments.of("Data breaches recorded in each quarter:\n2012/13   Q1: 3   Q2: 0   Q3: <5   Q4: 6\n2013/14   Q1: 1   Q2: 2\nICO: 1 reported.",
            "PROSE_MONTHS lower | 2:2012-13/Q1 2012/13=3 | 2:2012-13/Q3 2012/13=<null | 2:2012-13/Q4 2012/13=6"
                + " | 3:2013-14/Q1 2013/14=1 | 3:2013-14/Q2 2013/14=2"),
        Arguments.of("The Council records on average 3 data breaches per month.",
            ""),
        // A sentence saying what a row of the attached log is gives no figure.
        Arguments.of("Please find attached our log of data protection incidents. Each row is one incident, with its date and the action taken.",
            ""));
  }

  /** Letters and the warnings their figures raise. */
  static Stream<Arguments> warnings() {
    return Stream.of(
        Arguments.of("There were 9 breaches in 2011/12, 21 in 2012/13 and 17 in 2013/14, 48 in total.",
            "[TOTAL_MISMATCH]"),
        Arguments.of("Our records show 7 breaches in 2013/14, 4 in 2012/13 and 2 in 2011/12. A further 3 incidents have so far been recorded in 2014/15.",
            "[]"),
        Arguments.of("Subject: Data protection breaches\nFinancial year 2014/15 (1 April 2014 to 31 March 2015) - 4\nFinancial year 2011/12 (1 April 2011 to 31 March 2012) - 9\nTotal for the period requested (2011/12 to 2013/14): 9",
            "[]"));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("warnings")
  void warnsOfTotalsThatDoNotMatch(String text, String expected) {
    assertEquals(expected, read(text).issues().stream().map(i -> i.code()).toList().toString());
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("letters")
  void readsTheFiguresOfALetter(String text, String expected) {
    assertEquals(expected, show(read(text)));
  }
}
