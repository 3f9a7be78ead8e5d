package uk.breachreport.core.normalise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import uk.breachreport.core.model.Action;
import uk.breachreport.core.model.Category;
import uk.breachreport.core.model.Channel;

/** The shipped rules in data/reference/taxonomy.csv against the wording councils use. */
class TaxonomyFileTest {

  static final Path RULES = Path.of("../../data/reference/taxonomy.csv");
  static Taxonomy taxonomy;

  @BeforeAll
  static void load() throws IOException {
    try (Reader r = Files.newBufferedReader(RULES, StandardCharsets.UTF_8)) {
      taxonomy = Taxonomy.load(r);
    }
  }

  @ParameterizedTest(name = "[{index}] ''{0}'' -> {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          Emailed to wrong recipient                                | SENT_TO_WRONG_RECIPIENT
          Email sent to incorrect address                           | SENT_TO_WRONG_RECIPIENT
          Letter mis-addressed                                      | SENT_TO_WRONG_RECIPIENT
          Misaddressed envelope                                     | SENT_TO_WRONG_RECIPIENT
          Correspondence misdirected                                | SENT_TO_WRONG_RECIPIENT
          Letter posted to incorrect address                        | SENT_TO_WRONG_RECIPIENT
          Report sent to the wrong address                          | SENT_TO_WRONG_RECIPIENT
          Fax sent to wrong number                                  | SENT_TO_WRONG_RECIPIENT
          Letter sent to previous address of client                 | SENT_TO_WRONG_RECIPIENT
          Email sent in error to external organisation              | SENT_TO_WRONG_RECIPIENT
          Recipients in cc instead of bcc                           | UNAUTHORISED_DISCLOSURE
          Another client’s letter enclosed in envelope              | SENT_TO_WRONG_RECIPIENT
          Incorrect attachment sent with email                      | SENT_TO_WRONG_RECIPIENT
          Council tax bill sent to previous occupier                | SENT_TO_WRONG_RECIPIENT
          Letter delivered to neighbour                             | SENT_TO_WRONG_RECIPIENT
          Wrong letter put in envelope                              | SENT_TO_WRONG_RECIPIENT
          Laptop stolen                                             | LOSS_OR_THEFT_DEVICE
          Laptop stolen from car                                    | LOSS_OR_THEFT_DEVICE
          USB pen drive lost                                        | LOSS_OR_THEFT_DEVICE
          Unencrypted memory stick found in car park                | LOSS_OR_THEFT_DEVICE
          Encrypted laptop left on train                            | LOSS_OR_THEFT_DEVICE
          Mobile phone lost                                         | LOSS_OR_THEFT_DEVICE
          iPad taken from office                                    | LOSS_OR_THEFT_DEVICE
          CD/DVD containing pupil data lost in post                 | LOSS_OR_THEFT_DEVICE
          Work phone stolen during burglary                         | LOSS_OR_THEFT_DEVICE
          Papers left on a train                                    | LOSS_OR_THEFT_PAPER
          Files lost                                                | LOSS_OR_THEFT_PAPER
          Paper file missing                                        | LOSS_OR_THEFT_PAPER
          Bag stolen from car                                       | LOSS_OR_THEFT_PAPER
          Social worker's diary mislaid                             | LOSS_OR_THEFT_PAPER
          Loss of case notes                                        | LOSS_OR_THEFT_PAPER
          Officer left folder containing case files in a cafe       | LOSS_OR_THEFT_PAPER
          Documents found in public area                            | LOSS_OR_THEFT_PAPER
          Personal details left on photocopier                      | LOSS_OR_THEFT_PAPER
          Uploaded to website in error                              | PUBLISHED_IN_ERROR
          Spreadsheet published on the intranet                     | PUBLISHED_IN_ERROR
          Photo posted on social media                              | PUBLISHED_IN_ERROR
          Comment on Facebook page about a service user             | PUBLISHED_IN_ERROR
          FOI response included personal data                       | PUBLISHED_IN_ERROR
          Officer accessed records without business need            | UNAUTHORISED_ACCESS
          Employee viewed own family's record                       | UNAUTHORISED_ACCESS
          Staff member looked up ex-partner on the housing system   | UNAUTHORISED_ACCESS
          CCTV operator misuse of cameras                           | UNAUTHORISED_ACCESS
          Inappropriate access to council tax account               | UNAUTHORISED_ACCESS
          Confidential waste in general bin                         | INSECURE_DISPOSAL
          Documents found in a skip                                 | INSECURE_DISPOSAL
          Papers not shredded                                       | INSECURE_DISPOSAL
          Shredding left in corridor                                | INSECURE_DISPOSAL
          PC disposed of without hard drive being wiped             | INSECURE_DISPOSAL
          Phishing email                                            | CYBER_INCIDENT
          Malware infection on PC                                   | CYBER_INCIDENT
          Website hacked                                            | CYBER_INCIDENT
          Ransomware attack encrypted shared drive                  | CYBER_INCIDENT
          Verbal disclosure                                         | UNAUTHORISED_DISCLOSURE
          Information disclosed to a third party                    | UNAUTHORISED_DISCLOSURE
          Conversation overheard in reception                       | UNAUTHORISED_DISCLOSURE
          Officer told a neighbour about the case                   | UNAUTHORISED_DISCLOSURE
          Document released without redaction                       | UNAUTHORISED_DISCLOSURE
          Complaint about how a request was handled                 | OTHER
          Data quality issue                                        | OTHER
          """)
  void categoryOfADescription(String description, Category expected) {
    assertEquals(expected, taxonomy.category(description, null));
  }

  @ParameterizedTest(name = "[{index}] council category ''{0}'' -> {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          Lost/stolen equipment       | LOSS_OR_THEFT_DEVICE
          Theft of IT equipment       | LOSS_OR_THEFT_DEVICE
          Loss of paperwork           | LOSS_OR_THEFT_PAPER
          Disclosed in error          | UNAUTHORISED_DISCLOSURE
          Misdirected post            | SENT_TO_WRONG_RECIPIENT
          Misdirected e-mail          | SENT_TO_WRONG_RECIPIENT
          Unauthorised access         | UNAUTHORISED_ACCESS
          Insecure disposal           | INSECURE_DISPOSAL
          Cyber incident              | CYBER_INCIDENT
          Other                       | OTHER
          """)
  void categoryOfTheCouncilsOwnColumn(String councilCategory, Category expected) {
    assertEquals(expected, taxonomy.category(null, councilCategory));
    assertEquals(expected, taxonomy.category("  ", councilCategory));
  }

  @ParameterizedTest(name = "[{index}] ''{0}'' + ''{1}'' -> {2}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          Email sent to wrong recipient   | Disclosed in error     | SENT_TO_WRONG_RECIPIENT
          Laptop stolen from car          | Disclosed in error     | LOSS_OR_THEFT_DEVICE
          Laptop stolen from car          | Other                  | LOSS_OR_THEFT_DEVICE
          n/a                             | Lost/stolen equipment  | LOSS_OR_THEFT_DEVICE
          Not known                       | Misdirected post       | SENT_TO_WRONG_RECIPIENT
          Complaint from resident         | Unauthorised access    | UNAUTHORISED_ACCESS
          Complaint from resident         | Other                  | OTHER
          Phishing email                  | Misdirected e-mail     | CYBER_INCIDENT
          Papers in general waste bin     | Loss of paperwork      | INSECURE_DISPOSAL
          """)
  void descriptionAndCouncilCategoryTogether(
      String description, String councilCategory, Category expected) {
    assertEquals(expected, taxonomy.category(description, councilCategory));
  }

  @ParameterizedTest(name = "[{index}] ''{0}'' -> {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          Emial sent to wrong recipiant                             | SENT_TO_WRONG_RECIPIENT
          Letter sent to wrong adress                               | SENT_TO_WRONG_RECIPIENT
          mis-direted email                                         | SENT_TO_WRONG_RECIPIENT
          E-MAIL SENT TO WRONG ADDRESS                              | SENT_TO_WRONG_RECIPIENT
          Recieved email meant for someone else                     | SENT_TO_WRONG_RECIPIENT
          Seperate customers letters in same envelope               | SENT_TO_WRONG_RECIPIENT
          INC-2013-045 Misdirected email                            | SENT_TO_WRONG_RECIPIENT
          Ffacs i'r rhif anghywir                                   | SENT_TO_WRONG_RECIPIENT
          Fax                                                       | SENT_TO_WRONG_RECIPIENT
          laptop stollen from car                                   | LOSS_OR_THEFT_DEVICE
          lost memory stik                                          | LOSS_OR_THEFT_DEVICE
          Council mobile left in taxi                               | LOSS_OR_THEFT_DEVICE
          Documnets left on train                                   | LOSS_OR_THEFT_PAPER
          Member of the public found council documents on pavement  | LOSS_OR_THEFT_PAPER
          Unathorised acess to records                              | UNAUTHORISED_ACCESS
          Unauthorized access to customer account                   | UNAUTHORISED_ACCESS
          Employee checked ex-wife's council tax account            | UNAUTHORISED_ACCESS
          Informaton disclosed to thrid party                       | UNAUTHORISED_DISCLOSURE
          Caller obtained information by deception                  | UNAUTHORISED_DISCLOSURE
          Confidental waste put in normal bin                       | INSECURE_DISPOSAL
          Old PCs sold at auction without being wiped               | INSECURE_DISPOSAL
          Fishing email                                             | CYBER_INCIDENT
          Publised on website by mistake                            | PUBLISHED_IN_ERROR
          Theft                                                     | OTHER
          Type: Loss                                                | OTHER
          Wrong person's details merged into record                 | OTHER
          Heb ei gofnodi                                            | UNSPECIFIED
          Personal data - exempt s.40(2)                            | UNSPECIFIED
          """)
  void categoryOfMisspeltAbbreviatedAndWelshWording(String description, Category expected) {
    assertEquals(expected, taxonomy.category(description, null));
  }

  @ParameterizedTest(name = "[{index}] ''{0}'' is no description")
  @NullAndEmptySource
  @ValueSource(strings = {"  ", "-", "n/a", "N/A", "None", "Not known", "Not recorded", "?", "No details given"})
  void noDescriptionIsUnspecified(String text) {
    assertEquals(Category.UNSPECIFIED, taxonomy.category(text, text));
    assertEquals(Category.UNSPECIFIED, taxonomy.category(text, null));
  }

  @ParameterizedTest(name = "[{index}] precedence: ''{0}'' -> {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          Laptop hacked while on public wifi                    | CYBER_INCIDENT
          Email address book published on website               | PUBLISHED_IN_ERROR
          Letter sent to wrong address and put in bin by recipient | SENT_TO_WRONG_RECIPIENT
          Papers left on train then disclosed to press          | LOSS_OR_THEFT_PAPER
          Staff member accessed file and disclosed to partner   | UNAUTHORISED_ACCESS
          CCTV footage disclosed to a third party               | UNAUTHORISED_DISCLOSURE
          Memory stick with files lost                          | LOSS_OR_THEFT_DEVICE
          Old letters found in skip                             | INSECURE_DISPOSAL
          Previous documents lost                               | LOSS_OR_THEFT_PAPER
          """)
  void precedenceBetweenCategories(String description, Category expected) {
    assertEquals(expected, taxonomy.category(description, null));
  }

  @ParameterizedTest(name = "[{index}] ''{0}'' -> {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          Emailed to wrong recipient                 | EMAIL
          Email sent to incorrect address            | EMAIL
          E-mail sent to wrong person                | EMAIL
          Recipients in cc instead of bcc            | EMAIL
          Letter posted to incorrect address         | POST
          Sent to the wrong address                  | POST
          Mis-addressed                              | POST
          Misdirected post                           | POST
          Fax sent to wrong number                   | FAX
          Verbal disclosure                          | VERBAL
          Told a neighbour                           | VERBAL
          Conversation overheard                     | VERBAL
          Details given over the phone               | VERBAL
          Uploaded to website in error               | ONLINE
          Published on the intranet                  | ONLINE
          Posted on social media                     | ONLINE
          Laptop stolen                              | DEVICE
          USB pen drive lost                         | DEVICE
          Mobile phone lost                          | DEVICE
          Papers left on a train                     | PAPER
          Paper file missing                         | PAPER
          Confidential waste in general bin          | PAPER
          Case file left in meeting room             | PAPER
          Details disclosed at a public meeting      | VERBAL
          Accessed records without business need     | SYSTEM
          CCTV operator                              | OTHER
          CCTV footage shown to a journalist         | OTHER
          Phishing email                             | EMAIL
          Website hacked                             | ONLINE
          Ransomware                                 | SYSTEM
          Text message sent to wrong number          | OTHER
          """)
  void channelOfADescription(String description, Channel expected) {
    assertEquals(expected, taxonomy.channel(description, null));
  }

  @Test
  void channelFromTheCouncilCategoryAndNullWhenNothingSays() {
    assertEquals(Channel.POST, taxonomy.channel("Misdirected", "Misdirected post"));
    assertEquals(Channel.EMAIL, taxonomy.channel("sent to wrong person", "Misdirected e-mail"));
    assertNull(taxonomy.channel("Misdirected", null));
    assertNull(taxonomy.channel("Disclosed to a third party", "Other"));
    assertNull(taxonomy.channel(null, null));
    assertNull(taxonomy.channel("", " "));
  }

  @ParameterizedTest(name = "[{index}] ''{0}'' -> {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          NFA                                               | NONE
          No further action                                 | NONE
          None                                              | NONE
          no action required                                | NONE
          No disciplinary action taken                      | NONE
          Complaint not upheld                              | NONE
          Words of advice                                   | TRAINING_OR_ADVICE
          Advice given                                      | TRAINING_OR_ADVICE
          Refresher training                                | TRAINING_OR_ADVICE
          Training                                          | TRAINING_OR_ADVICE
          Staff retrained                                   | TRAINING_OR_ADVICE
          Informal warning                                  | TRAINING_OR_ADVICE
          Manager spoke to staff member                     | TRAINING_OR_ADVICE
          Reminder of procedures                            | TRAINING_OR_ADVICE
          Team reminded of policy                           | TRAINING_OR_ADVICE
          Procedures reviewed                               | NONE
          Apology sent to data subject                      | NONE
          Letter retrieved                                  | NONE
          Reported to ICO                                   | UNKNOWN
          ICO closed the case with no further action        | NONE
          Verbal warning                                    | DISCIPLINARY
          Written warning                                   | DISCIPLINARY
          Final written warning                             | DISCIPLINARY
          Disciplinary                                      | DISCIPLINARY
          Disciplinary action taken                         | DISCIPLINARY
          Investigated as gross misconduct                  | DISCIPLINARY
          Suspended pending investigation                   | DISCIPLINARY
          Resigned                                          | RESIGNATION
          Employee left during the investigation            | RESIGNATION
          Left the authority                                | RESIGNATION
          Resignation accepted                              | RESIGNATION
          Dismissed                                         | DISMISSAL
          Summary dismissal                                 | DISMISSAL
          Contract terminated                               | DISMISSAL
          Employment terminated                             | DISMISSAL
          Termination of employment                         | DISMISSAL
          Gross misconduct - dismissed                      | DISMISSAL
          Prosecuted                                        | PROSECUTION
          Convicted                                         | PROSECUTION
          Case went to court                                | PROSECUTION
          Fined under section 55                            | PROSECUTION
          Fined under s55 of the Data Protection Act        | PROSECUTION
          Ongoing                                           | UNKNOWN
          Under investigation                               | UNKNOWN
          n/a                                               | UNKNOWN
          Not applicable                                    | UNKNOWN
          """)
  void actionOfAnOutcome(String outcome, Action expected) {
    assertEquals(expected, taxonomy.action(outcome));
    assertFalse(taxonomy.actionUnrecognised(outcome));
  }

  @ParameterizedTest(name = "[{index}] most severe in ''{0}'' is {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          Training given and employee dismissed                 | DISMISSAL
          Refresher training; final written warning             | DISCIPLINARY
          Disciplinary hearing; resigned before outcome         | RESIGNATION
          Dismissed and subsequently prosecuted                 | PROSECUTION
          No further action other than training                 | TRAINING_OR_ADVICE
          Not dismissed but given a final written warning       | DISCIPLINARY
          Resigned; no disciplinary action possible             | RESIGNATION
          Disciplinary investigation - did not result in prosecution | DISCIPLINARY
          Dismissed. No further action                          | DISMISSAL
          Under investigation, staff reminded                   | TRAINING_OR_ADVICE
          """)
  void mostSevereActionWins(String outcome, Action expected) {
    assertEquals(expected, taxonomy.action(outcome));
  }

  @ParameterizedTest(name = "[{index}] ''{0}'' -> {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          Would have been dismissed but resigned                | RESIGNATION
          Employee would have faced disciplinary but left       | RESIGNATION
          Warning not issued as employee left the authority     | RESIGNATION
          Did not resign - received written warning             | DISCIPLINARY
          Disciplinary hearing - no case to answer              | NONE
          NFA - not reportable to ICO                           | NONE
          Decision not to report to ICO (risk low)              | UNKNOWN
          Reported to ICO who issued a reprimand to the council | UNKNOWN
          Self reported to ICO - ICO gave advice on procedures  | UNKNOWN
          ICO not informed. Member of staff given advice        | TRAINING_OR_ADVICE
          Reported to the ICO. No further action taken by the ICO. | NONE
          N.F.A.                                                | NONE
          dismisal                                              | DISMISSAL
          Trainning given                                       | TRAINING_OR_ADVICE
          Rhybudd ysgrifenedig (written warning)                | DISCIPLINARY
          Volunteer asked to stand down                         | DISMISSAL
          Contractor removed from contract                      | DISMISSAL
          Email recalled successfully                           | NONE
          Passwords reset                                       | NONE
          Investigated; no evidence of wrongdoing               | NONE
          """)
  void negationsHypotheticalsIcoWordsAndRemedies(String outcome, Action expected) {
    assertEquals(expected, taxonomy.action(outcome));
  }

  @ParameterizedTest(name = "[{index}] blank ''{0}''")
  @NullAndEmptySource
  @ValueSource(strings = {"  ", "-"})
  void blankOutcomeIsUnknownNotUnrecognised(String outcome) {
    assertEquals(Action.UNKNOWN, taxonomy.action(outcome));
    assertFalse(taxonomy.actionUnrecognised(outcome));
  }

  @ParameterizedTest(name = "[{index}] ''{0}'' is unrecognised")
  @ValueSource(strings = {"See attached", "Handled by the service"})
  void unmatchedOutcomeIsUnknownAndUnrecognised(String outcome) {
    assertEquals(Action.UNKNOWN, taxonomy.action(outcome));
    assertTrue(taxonomy.actionUnrecognised(outcome));
  }

  @ParameterizedTest(name = "[{index}] children in ''{0}''")
  @ValueSource(
      strings = {
        "Child protection report sent to wrong parent", "Details of children disclosed",
        "Pupil records lost", "School sent letter to wrong family", "Looked after child's file",
        "Foster carer's details disclosed", "Adoption papers misfiled", "Child safeguarding referral",
        "SEN statement emailed in error", "Childcare provider list published",
        "Looked-after young people's records"
      })
  void involvesChildren(String text) {
    assertEquals(Boolean.TRUE, taxonomy.involvesChildren(text));
  }

  @ParameterizedTest(name = "[{index}] no children in ''{0}''")
  @NullAndEmptySource
  @ValueSource(
      strings = {"Council tax letter sent to wrong address", "Email sent to the wrong sender",
        "Laptop stolen", "Senior officer's laptop",
        "Safeguarding concern about an elderly resident", "Level 1 - minor"})
  void silenceAboutChildrenIsNull(String text) {
    assertNull(taxonomy.involvesChildren(text));
  }

  @ParameterizedTest(name = "[{index}] sensitive in ''{0}''")
  @ValueSource(
      strings = {
        "Health records sent to wrong address", "Medical report lost", "Social care file",
        "Criminal record disclosed", "Safeguarding referral", "Details of sexual offence",
        "Ethnic origin data published", "Religion recorded on form", "Special category data",
        "Confidential report left on train", "Mental health assessment", "Sensitive data emailed"
      })
  void sensitiveData(String text) {
    assertEquals(Boolean.TRUE, taxonomy.sensitiveData(text));
  }

  @ParameterizedTest(name = "[{index}] nothing sensitive in ''{0}''")
  @NullAndEmptySource
  @ValueSource(
      strings = {"Council tax bill sent to wrong address", "Health and safety report misfiled",
        "Parking permit list emailed"})
  void silenceAboutSensitivityIsNull(String text) {
    assertNull(taxonomy.sensitiveData(text));
  }
}
