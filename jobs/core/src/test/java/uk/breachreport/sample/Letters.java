package uk.breachreport.sample;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Workbook;
import uk.breachreport.core.ingest.FormatFiles;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/** Answers without a table: nil returns and refusals, and the files that must be rejected. */
final class Letters {

  private Letters() {}

  static void nilText(Path file, Council council) throws IOException {
    Office.text(file,
        "Freedom of Information request FOI/2014/0412",
        "",
        council.name() + " has no record of any data protection breaches in the period 1 April 2011 to 31 March 2014.",
        "",
        "Information Governance Team");
  }

  static void nilWord(Path file, Council council) throws IOException {
    XWPFDocument doc = new XWPFDocument();
    Office.paragraphs(doc, council.name(), "Council Offices", "", "Our ref: FOI 14/412", "",
        "Dear Requester,",
        "Thank you for your request under the Freedom of Information Act 2000.",
        "I can confirm that the Council recorded no data protection breaches between 1 April 2011 and 31 March 2014,"
            + " and therefore no disciplinary action was taken and no incidents were reported to the Information"
            + " Commissioner's Office.",
        "", "Yours sincerely,", "", "FOI Officer");
    Office.save(doc, file);
  }

  /** A workbook whose only content is the word "None" in A1. */
  static void nilWorkbook(Path file) throws IOException {
    Workbook wb = new XSSFWorkbook();
    Office.fill(wb.createSheet("Sheet1"), 0, 0, List.of(List.of("None")), "dd/mm/yyyy");
    Office.save(wb, file);
  }

  static void refusalCostLimit(Path file, Council council) throws IOException {
    XWPFDocument doc = new XWPFDocument();
    Office.paragraphs(doc, council.name(), "Information Governance", "", "Our ref: FOI/2014/0412", "",
        "Dear Requester,",
        "Your request for information about data protection breaches has been considered under the Freedom of"
            + " Information Act 2000.",
        "Breaches are recorded within individual service areas and are not held centrally. To identify, locate"
            + " and extract the information would exceed the appropriate limit of £450 (18 hours) set by the"
            + " Freedom of Information and Data Protection (Appropriate Limit and Fees) Regulations 2004.",
        "The Council is therefore refusing your request under section 12 of the Act (cost of compliance exceeds"
            + " the appropriate limit).",
        "You may wish to narrow your request, for example to a single financial year.",
        "", "Yours sincerely,", "", "Information Governance Officer");
    Office.save(doc, file);
  }

  static void refusalNotHeld(Path file, Council council) throws IOException {
    Office.text(file,
        "Re: Freedom of Information request - data protection breaches",
        "",
        council.name() + " has considered your request.",
        "The information is not held in the form requested. The Council does not keep a central record of"
            + " data protection breaches and to create one would mean creating new information, which the Act"
            + " does not require.",
        "The Council is therefore unable to provide the information.",
        "",
        "Yours sincerely",
        "Corporate Information Officer");
  }

  /** A scanned letter: a PDF page with no text layer, which only a person (or OCR) can read. */
  static void scannedPdf(Path file) throws IOException {
    Files.write(file, FormatFiles.scannedPdf());
  }

  /** Text saved with an .xlsx name, as when a web system's error page is downloaded. */
  static void textPretendingToBeWorkbook(Path file) throws IOException {
    Office.text(file,
        "The report you requested could not be generated.",
        "Please try again later or contact the system administrator.");
  }
}
