package uk.breachreport.core.normalise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.StringReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.breachreport.core.model.Action;
import uk.breachreport.core.model.Category;
import uk.breachreport.core.model.Channel;

/** How rules are read and how priority decides, on small rule files written here. */
class TaxonomyRulesTest {

  private static final String HEADER = "dimension,value,pattern,priority,note\n";

  private static Taxonomy rules(String rows) {
    return Taxonomy.load(new StringReader(HEADER + rows));
  }

  @Test
  void higherPriorityWinsWhicheverLineComesFirst() {
    Taxonomy t =
        rules(
            """
            category,UNAUTHORISED_DISCLOSURE,disclosed,10,
            category,SENT_TO_WRONG_RECIPIENT,wrong address,20,
            """);
    assertEquals(
        Category.SENT_TO_WRONG_RECIPIENT, t.category("disclosed: sent to wrong address", null));
    assertEquals(Category.UNAUTHORISED_DISCLOSURE, t.category("disclosed to neighbour", null));
  }

  @Test
  void equalPrioritiesGoInFileOrder() {
    Taxonomy t =
        rules(
            """
            category,LOSS_OR_THEFT_PAPER,lost,10,
            category,LOSS_OR_THEFT_DEVICE,laptop,10,
            """);
    assertEquals(Category.LOSS_OR_THEFT_PAPER, t.category("laptop lost", null));
  }

  @ParameterizedTest(name = "[{index}] ''{0}'' + ''{1}'' -> {2}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          laptop stolen       | disclosed in error | LOSS_OR_THEFT_DEVICE
          told the neighbour  | laptop theft       | LOSS_OR_THEFT_DEVICE
          told the neighbour  | disclosed in error | UNAUTHORISED_DISCLOSURE
          paper files lost    | disclosed in error | LOSS_OR_THEFT_PAPER
          something else      | anything           | OTHER
          n/a                 | laptop theft       | LOSS_OR_THEFT_DEVICE
          n/a                 | unknown            | UNSPECIFIED
          n/a                 | other              | OTHER
          """)
  void councilCategoryCompetesOnPriorityAndLosesATie(
      String description, String councilCategory, Category expected) {
    Taxonomy t =
        rules(
            """
            category,UNSPECIFIED,"^(n/a|unknown)$",100,
            category,LOSS_OR_THEFT_DEVICE,laptop,60,
            category,LOSS_OR_THEFT_PAPER,lost,50,
            category,UNAUTHORISED_DISCLOSURE,"disclosed|told",50,
            """);
    assertEquals(expected, t.category(description, councilCategory));
  }

  @Test
  void channelIsNullWhenNoRuleMatches() {
    Taxonomy t = rules("channel,EMAIL,\\be-?mail,10,\n");
    assertEquals(Channel.EMAIL, t.channel("E-mail to wrong person", null));
    assertEquals(Channel.EMAIL, t.channel("wrong person", "email"));
    assertNull(t.channel("letter", "post"));
  }

  @Test
  void aHigherPriorityNegationClaimsTheWordsItNegates() {
    String negation = "action,NONE,\"no (\\w+ )?disciplinary\",%d,\n";
    String rest =
        """
        action,DISCIPLINARY,disciplinary,50,
        action,DISMISSAL,dismissed,50,
        """;
    Taxonomy claims = rules(negation.formatted(90) + rest);
    Taxonomy tooLow = rules(negation.formatted(10) + rest);
    assertEquals(Action.NONE, claims.action("no formal disciplinary"));
    assertEquals(Action.DISCIPLINARY, tooLow.action("no formal disciplinary"));
    assertEquals(Action.DISMISSAL, claims.action("no disciplinary; dismissed"));
  }

  @Test
  void mostSevereClaimedActionWinsRegardlessOfPriority() {
    Taxonomy t =
        rules(
            """
            action,TRAINING_OR_ADVICE,training,90,
            action,DISMISSAL,dismissed,10,
            action,UNKNOWN,pending,50,
            """);
    assertEquals(Action.DISMISSAL, t.action("training then dismissed"));
    assertEquals(Action.TRAINING_OR_ADVICE, t.action("training; appeal pending"));
    assertEquals(Action.UNKNOWN, t.action("appeal pending"));
    assertEquals(false, t.actionUnrecognised("appeal pending"));
    assertEquals(true, t.actionUnrecognised("apology"));
    assertEquals(false, t.actionUnrecognised(" "));
  }

  @Test
  void flagsAreTrueOrNull() {
    Taxonomy t = rules("children,true,\\bpupils?\\b,1,\nsensitive,TRUE,medical,1,\n");
    assertEquals(Boolean.TRUE, t.involvesChildren("Pupil list"));
    assertNull(t.involvesChildren("Staff list"));
    assertEquals(Boolean.TRUE, t.sensitiveData("MEDICAL note"));
    assertNull(t.sensitiveData(null));
  }

  @Test
  void textIsComparedWithSpacesAndQuotesNormalised() {
    Taxonomy t = rules("category,UNAUTHORISED_ACCESS,\"family's record\",1,\n");
    assertEquals(Category.UNAUTHORISED_ACCESS, t.category("viewed  family’s\nrecord", null));
  }

  @Test
  void columnsMayComeInAnyOrderWithCommentsAndQuotedCommas() {
    Taxonomy t =
        Taxonomy.load(
            new StringReader(
                """
                # rules for a test
                note,priority,pattern,value,dimension

                a note,5,"lost.{0,10}laptop",loss_or_theft_device,Category
                """));
    assertEquals(Category.LOSS_OR_THEFT_DEVICE, t.category("lost a laptop", null));
    assertEquals(Category.OTHER, t.category("lost the big heavy laptop", null));
  }

  @Test
  void excelsByteOrderMarkIsIgnored() {
    Taxonomy t = Taxonomy.load(new StringReader("\uFEFF" + HEADER + "category,CYBER_INCIDENT,hack,1,\r\n"));
    assertEquals(Category.CYBER_INCIDENT, t.category("hacked", null));
  }

  @Test
  void survivesJavaSerialisation() throws IOException, ClassNotFoundException {
    Taxonomy t =
        rules("category,CYBER_INCIDENT,hack,1,\naction,DISMISSAL,dismiss,1,\nchildren,true,child,1,\n");
    assertEquals(Category.CYBER_INCIDENT, t.category("HACKED", null)); // remembered, not sent
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(t);
    }
    Taxonomy copy;
    try (ObjectInputStream in =
        new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      copy = (Taxonomy) in.readObject();
    }
    assertEquals(Category.CYBER_INCIDENT, copy.category("HACKED", null));
    assertEquals(Action.DISMISSAL, copy.action("dismissed"));
    assertEquals(Boolean.TRUE, copy.involvesChildren("children"));
  }

  /** Answers are remembered by dimension and text: the same words asked twice, or asked again. */
  @Test
  void theSameTextGetsEachDimensionsOwnAnswerEveryTime() {
    Taxonomy t = rules("""
        category,SENT_TO_WRONG_RECIPIENT,email,1,
        channel,EMAIL,email,1,
        action,TRAINING_OR_ADVICE,email,1,
        sensitive,true,email,1,
        """);
    for (int i = 0; i < 3; i++) {
      assertEquals(Category.SENT_TO_WRONG_RECIPIENT, t.category("Email", null));
      assertEquals(Channel.EMAIL, t.channel("Email", null));
      assertEquals(Action.TRAINING_OR_ADVICE, t.action("Email"));
      assertEquals(Boolean.TRUE, t.sensitiveData("Email"));
      assertNull(t.involvesChildren("Email"));
      assertEquals(Category.OTHER, t.category("Post", null));
      assertNull(t.channel("Post", null));
    }
  }

  @ParameterizedTest(name = "[{index}] {1}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      textBlock =
          """
          category,LAPTOP,laptop,10,                 | category 'LAPTOP' is unknown
          channel,CARRIER_PIGEON,pigeon,10,          | channel 'CARRIER_PIGEON' is unknown
          action,SACKED,sacked,10,                   | action 'SACKED' is unknown
          colour,RED,red,10,                         | dimension 'colour' is unknown: expected one of category, channel
          category,OTHER,(laptop,10,                 | pattern '(laptop' is not a valid Java regular expression
          category,OTHER,laptop,high,                | priority 'high' is not a whole number
          category,OTHER,laptop,,                    | priority '' is not a whole number
          category,OTHER,,10,                        | has an empty pattern
          category,OTHER,x*,10,                      | pattern 'x*' matches empty text
          children,false,child,10,                   | value 'false' for children or sensitive must be 'true'
          category,OTHER                             | has 2 fields
          """)
  void badRulesNameTheirLineAndValue(String row, String problem) {
    String file = "# comment\n" + HEADER + "\ncategory,OTHER,fine,1,\n" + row + "\n";
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Taxonomy.load(new StringReader(file)));
    assertTrue(e.getMessage().startsWith("taxonomy.csv line 5: "), e.getMessage());
    assertTrue(e.getMessage().contains(problem), e.getMessage());
  }

  @Test
  void aMissingHeaderColumnIsNamed() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> Taxonomy.load(new StringReader("dimension,value,regex,priority\n")));
    assertTrue(e.getMessage().contains("taxonomy.csv line 1: the header dimension,value,regex,priority lacks column(s) [pattern]"), e.getMessage());
  }

  @Test
  void unknownValueListsWhatIsExpected() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> rules("channel,MAIL,post,1,\n"));
    assertTrue(e.getMessage().contains("EMAIL, POST"), e.getMessage());
  }
}
