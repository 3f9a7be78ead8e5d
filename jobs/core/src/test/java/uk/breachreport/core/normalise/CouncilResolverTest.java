package uk.breachreport.core.normalise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import uk.breachreport.core.model.Authority;
import uk.breachreport.core.normalise.Resolution.Ambiguous;
import uk.breachreport.core.normalise.Resolution.Resolved;
import uk.breachreport.core.normalise.Resolution.Unresolved;

class CouncilResolverTest {

  static final Register REGISTER = RegisterTest.studyRegister();
  static final CouncilResolver RESOLVER = new CouncilResolver(REGISTER);

  static String resolvedCode(Resolution r) {
    return assertInstanceOf(Resolved.class, r, r.reason()).authority().code();
  }

  static List<String> candidateCodes(Resolution r) {
    return assertInstanceOf(Ambiguous.class, r, r.reason()).candidates().stream().map(Authority::code).sorted().toList();
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Southampton City Council|E06000045",
        "southampton|E06000045",
        "SOUTHAMPTON CC|E06000045",
        "E06000045|E06000045",
        "e06000045|E06000045",
        "LB Camden|E09000007",
        "London Borough of Camden|E09000007",
        "Camden Council|E09000007",
        "Camden London Borough Council|E09000007",
        "Comhairle nan Eilean Siar|S12000013",
        "Western Isles|S12000013",
        "Na h-Eileanan Siar|S12000013",
        "Cyngor Sir Ynys Môn|W06000001",
        "Cyngor Sir Ynys Mon|W06000001",
        "Ynys Môn|W06000001",
        "Isle of Anglesey|W06000001",
        "Anglesey|W06000001",
        "Caerdydd|W06000015",
        "Cardiff City Council|W06000015",
        "Abertawe|W06000011",
        "City and County of Swansea|W06000011",
        "Swansea Council|W06000011",
        "Casnewydd|W06000022",
        "Bro Morgannwg|W06000014",
        "Wrecsam|W06000006",
        "Merthyr Tudful|W06000024",
        "Hull|E06000010",
        "Hull City Council|E06000010",
        "Kingston upon Hull|E06000010",
        "Kingston-upon-Hull City Council|E06000010",
        "Kingston upon Thames|E09000021",
        "Royal Borough of Kingston upon Thames|E09000021",
        "RB Kingston upon Thames|E09000021",
        "Richmond upon Thames|E09000027",
        "Richmondshire|E07000166",
        "Richmondshire District Council|E07000166",
        "County Durham|E06000047",
        "Durham|E06000047",
        "Durham County Council|E06000047",
        "Bristol|E06000023",
        "City of Bristol|E06000023",
        "Bristol City Council|E06000023",
        "South Gloucestershire|E06000025",
        "Herefordshire|E06000019",
        "Herefordshire Council|E06000019",
        "York|E06000014",
        "City of York Council|E06000014",
        "North Yorkshire|E10000023",
        "East Riding of Yorkshire|E06000011",
        "Hampshire|E10000014",
        "Hampshire County Council|E10000014",
        "East Hampshire|E07000085",
        "Kent|E10000016",
        "Kent County Council|E10000016",
        "Kensington and Chelsea|E09000020",
        "Royal Borough of Kensington & Chelsea|E09000020",
        "Lancashire|E10000017",
        "Lancashire County Council|E10000017",
        "West Lancashire|E07000127",
        "West Lancashire Borough Council|E07000127",
        "Northamptonshire|E10000021",
        "South Northamptonshire|E07000155",
        "East Northamptonshire Council|E07000152",
        "Northampton Borough Council|E07000154",
        "Derby|E06000015",
        "Derby City Council|E06000015",
        "Derbyshire|E10000007",
        "Derbyshire County Council|E10000007",
        "Derbyshire Dales|E07000035",
        "Derbyshire Dales District Council|E07000035",
        "Leicester|E06000016",
        "Leicester City Council|E06000016",
        "Leicestershire|E10000018",
        "North West Leicestershire|E07000134",
        "Newcastle upon Tyne|E08000021",
        "Newcastle City Council|E08000021",
        "Newcastle-under-Lyme|E07000195",
        "Newcastle under Lyme Borough Council|E07000195",
        "Lincoln|E07000138",
        "City of Lincoln Council|E07000138",
        "Lincolnshire|E10000019",
        "North East Lincolnshire|E06000012",
        "North Lincolnshire|E06000013",
        "Somerset|E10000027",
        "North Somerset|E06000024",
        "Bath & North East Somerset|E06000022",
        "Bedford|E06000055",
        "Central Bedfordshire|E06000056",
        "Gloucester|E07000081",
        "Gloucestershire|E10000013",
        "Surrey|E10000030",
        "Surrey Heath|E07000214",
        "Wyre|E07000128",
        "Wyre Forest|E07000239",
        "Down District Council|95R",
        "North Down Borough Council|95W",
        "Derry|95A",
        "Londonderry|95A",
        "95a|95A",
        "St Helens|E08000013",
        "St. Helens Council|E08000013",
        "Saint Helens|E08000013",
        "St Albans|E07000100",
        "St Edmundsbury|E07000204",
        "King's Lynn and West Norfolk|E07000146",
        "Kings Lynn & West Norfolk|E07000146",
        "Stoke-on-Trent|E06000021",
        "Stoke on Trent City Council|E06000021",
        "Brighton & Hove|E06000043",
        "Windsor and Maidenhead|E06000040",
        "Highland|S12000017",
        "The Highland Council|S12000017",
        "Edinburgh|S12000036",
        "City of Edinburgh Council|S12000036",
        "Aberdeen|S12000033",
        "Aberdeenshire|S12000034",
        "Glasgow|S12000046",
        "Perth & Kinross Council|S12000024",
        "City of London|E09000001",
        "City of London Corporation|E09000001",
        "Westminster|E09000033",
        "Hammersmith & Fulham|E09000013",
        "Tower Hamlets|E09000030",
        "Bradford|E08000032",
        "City of Bradford Metropolitan District Council|E08000032",
        "Wolverhampton|E08000031",
        "Oldham MBC|E08000004",
        "Isles of Scilly|E06000053",
        "Poole|E06000029",
        "Borough of Poole|E06000029",
        "Rhondda Cynon Taff|W06000016",
        "Southampton City Council (FOI team)|E06000045",
      })
  void resolvesCodesAndNames(String text, String code) {
    Resolution r = RESOLVER.resolve(text);
    assertEquals(code, resolvedCode(r));
    assertEquals(Resolution.MANIFEST, ((Resolved) r).how());
  }

  @ParameterizedTest(name = "{0} is ambiguous")
  @CsvSource(
      delimiter = '|',
      value = {
        "Newcastle|E07000195 E08000021",
        "newcastle council|E07000195 E08000021",
        "Kingston|E06000010 E09000021",
        "Richmond|E07000166 E09000027",
        "Cheshire|E06000049 E06000050",
        "Kent and Medway|E06000035 E10000016",
        "Southampton and Hampshire|E06000045 E10000014",
      })
  void ambiguousNamesListTheirCandidates(String text, String codes) {
    assertEquals(Arrays.asList(codes.split(" ")), candidateCodes(RESOLVER.resolve(text)));
  }

  @Test
  void ambiguousReasonListsCandidatesByName() {
    assertEquals(
        "council name 'Newcastle' is ambiguous: Newcastle upon Tyne City Council (E08000021), "
            + "Newcastle-under-Lyme Borough Council (E07000195)",
        RESOLVER.resolve("Newcastle").reason());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"Atlantis District Council", "London", "Greater London Authority", "", "   ", "E99999999",
        "Sussex", "Yorkshire", "Tower"})
  void unknownNamesAreUnresolved(String text) {
    Resolution r = RESOLVER.resolve(text);
    assertInstanceOf(Unresolved.class, r, r.reason());
  }

  @Test
  void unresolvedReasonQuotesTheText() {
    assertEquals(
        "no council code or name from the register found in 'Atlantis'", RESOLVER.resolve("Atlantis").reason());
  }

  @Test
  void everyNameAndAliasInTheRegisterResolvesToItsOwnAuthority() {
    for (Authority a : REGISTER.all()) {
      assertEquals(a.code(), resolvedCode(RESOLVER.resolve(a.name())), a.name());
      for (String alias : a.aliases()) {
        assertEquals(a.code(), resolvedCode(RESOLVER.resolve(alias)), alias + " of " + a.label());
      }
    }
  }

  @ParameterizedTest(name = "{0} -> {1} by {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "E06000045_foi.xlsx|E06000045|code in file name",
        "responses/E06000045/breaches.xlsx|E06000045|code in file name",
        "95A-response.csv|95A|code in file name",
        "foi 2014 (95Z).docx|95Z|code in file name",
        "e06000045-foi.csv|E06000045|code in file name",
        "southampton-city-council-foi-2014.xlsx|E06000045|name in file name",
        "FOI_Leicestershire_County_Council.xls|E10000018|name in file name",
        "FOI_Leicester_City_Council.xls|E06000016|name in file name",
        "newcastle-under-lyme.csv|E07000195|name in file name",
        "kingston_upon_hull_response.docx|E06000010|name in file name",
        "Kingston upon Thames FOI.xlsx|E09000021|name in file name",
        "west_lancashire_breaches.xlsx|E07000127|name in file name",
        "lancashire_breaches.xlsx|E10000017|name in file name",
        "derbyshire-dales-2013.csv|E07000035|name in file name",
        "LB_Camden.xlsx|E09000007|name in file name",
        "Comhairle nan Eilean Siar.xlsx|S12000013|name in file name",
        "cyngor-sir-ynys-mon.docx|W06000001|name in file name",
        "wales/caerdydd/ateb.xlsx|W06000015|name in file name",
        "scotland/Glasgow City/response.xlsx|S12000046|name in file name",
        "St.Helens.csv|E08000013|name in file name",
        "bristol_foi.xlsx|E06000023|name in file name",
        "york.xls|E06000014|name in file name",
        "north-yorkshire.xls|E10000023|name in file name",
      })
  void resolvesFromFileNames(String path, String code, String how) {
    Resolution r = RESOLVER.fromFileName(path);
    assertEquals(code, resolvedCode(r));
    assertEquals(how, ((Resolved) r).how());
  }

  @ParameterizedTest
  @ValueSource(strings = {"responses/foi_2014.xlsx", "X95A1.csv", "E060000451_foi.xlsx", "95AB.csv", "data-breaches.csv", "london.xlsx", "E99999999_foi.csv"})
  void fileNamesWithoutCouncilAreUnresolved(String path) {
    Resolution r = RESOLVER.fromFileName(path);
    assertInstanceOf(Unresolved.class, r, r.reason());
    assertEquals(path, ((Unresolved) r).text());
  }

  @Test
  void twoCodesInOneFileNameAreAmbiguous() {
    assertEquals(List.of("E06000045", "E10000014"), candidateCodes(RESOLVER.fromFileName("E06000045_E10000014.csv")));
  }

  @Test
  void ambiguousFileNameQuotesTheFragment() {
    Resolution r = RESOLVER.fromFileName("newcastle_foi_2014.xlsx");
    assertEquals("newcastle", assertInstanceOf(Ambiguous.class, r).text());
  }

  @Test
  void codeWinsOverNameInFileName() {
    assertEquals("E10000014", resolvedCode(RESOLVER.fromFileName("southampton/E10000014.xlsx")));
  }

  static Stream<Arguments> contents() {
    return Stream.of(
        Arguments.of(List.of("Southampton City Council", "Civic Centre, Southampton SO14 7LY", "Ref: FOI 1234"), "E06000045"),
        Arguments.of(List.of("Freedom of Information request", "Hampshire County Council", "The Castle, Winchester"), "E10000014"),
        Arguments.of(List.of("The Castle, Winchester SO23 8UJ", "Winchester City Council"), "E07000094"),
        Arguments.of(List.of("Comhairle nan Eilean Siar", "Sandwick Road, Stornoway"), "S12000013"),
        Arguments.of(List.of("Cyngor Sir Ynys Môn / Isle of Anglesey County Council", "Llangefni"), "W06000001"),
        Arguments.of(List.of("", "Data breaches 2011-2014", "Royal Borough of Greenwich"), "E09000011"),
        Arguments.of(List.of("Breaches", "Leicestershire"), "E10000018"));
    }

  @ParameterizedTest
  @MethodSource("contents")
  void resolvesFromLetterheads(List<String> lines, String code) {
    Resolution r = RESOLVER.fromContent(lines);
    assertEquals(code, resolvedCode(r));
    assertEquals(Resolution.NAME_IN_CONTENT, ((Resolved) r).how());
  }

  @Test
  void addressLineAloneIsNotEnough() {
    Resolution r = RESOLVER.fromContent(List.of("Civic Centre, Southampton SO14 7LY", "Date: 1 May 2014"));
    assertInstanceOf(Unresolved.class, r, r.reason());
  }

  @Test
  void councilLineNamingTwoCouncilsIsAmbiguous() {
    Resolution r = RESOLVER.fromContent(List.of("Kent County Council and Medway Council joint response"));
    assertEquals(List.of("E06000035", "E10000016"), candidateCodes(r));
  }

  @Test
  void firstCouncilLineWins() {
    Resolution r =
        RESOLVER.fromContent(List.of("Southampton City Council", "Copied to Hampshire County Council"));
    assertEquals("E06000045", resolvedCode(r));
  }

  @Test
  void resolverSurvivesJavaSerialization() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(RESOLVER);
      out.writeObject(RESOLVER.resolve("Newcastle"));
    }
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      CouncilResolver copy = (CouncilResolver) in.readObject();
      assertEquals("E06000045", resolvedCode(copy.resolve("Southampton")));
      assertTrue(in.readObject() instanceof Ambiguous);
    }
  }
}
