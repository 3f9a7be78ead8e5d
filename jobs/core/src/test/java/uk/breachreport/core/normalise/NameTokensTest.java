package uk.breachreport.core.normalise;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NameTokensTest {

  @ParameterizedTest(name = "{0} -> [{1}]")
  @CsvSource(
      delimiter = '|',
      value = {
        "Southampton City Council|southampton city council",
        "Cyngor Sir Ynys Môn|cyngor sir ynys mon",
        "Brighton & Hove|brighton and hove",
        "King's Lynn|kings lynn",
        "King’s Lynn|kings lynn",
        "St. Helens|st helens",
        "Saint Helens|st helens",
        "Stoke-on-Trent|stoke on trent",
        "FOI_Leicestershire_County_Council.xls|foi leicestershire county council xls",
        "Na h-Eileanan Siar|na h eileanan siar",
        "'  '|''",
      })
  void tokensFoldCaseAccentsAndSeparators(String text, String expected) {
    assertEquals(expected, NameTokens.key(NameTokens.tokens(text)));
  }

  @ParameterizedTest(name = "{0} -> [{1}]")
  @CsvSource(
      delimiter = '|',
      value = {
        "Southampton City Council|southampton",
        "London Borough of Camden|camden",
        "Camden London Borough Council|camden",
        "Royal Borough of Kingston upon Thames|kingston upon thames",
        "City and County of Swansea|swansea",
        "Dinas a Sir Abertawe|abertawe",
        "Armagh City and District Council|armagh",
        "Oldham MBC|oldham",
        "The Highland Council|highland",
        "Hammersmith and Fulham|hammersmith and fulham",
        "City of London Corporation|london",
        "Council|''",
      })
  void coreDropsGenericWordsAndPhrases(String text, String expected) {
    assertEquals(expected, NameTokens.key(NameTokens.core(NameTokens.tokens(text))));
  }

  @ParameterizedTest
  @CsvSource({"'Brighton & Hove',9,10", "'King''s Lynn',0,6"})
  void tokensKeepTheirPlaceInTheOriginal(String text, int start, int end) {
    var token = NameTokens.tokens(text).stream().filter(t -> t.start() == start).findFirst().orElseThrow();
    assertEquals(end, token.end());
  }
}
