package uk.breachreport.sample;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.usermodel.Paragraph;
import org.apache.poi.hwpf.usermodel.Range;
import org.apache.poi.hwpf.usermodel.Table;
import org.apache.poi.hwpf.usermodel.TableCell;
import uk.breachreport.core.ingest.FormatFiles;

/** Answers in the forms beyond workbooks, text and .docx: a PDF letter, an email, a .doc, an .ods. */
final class Forms {

  /** Apache POI's Word 97 document with a 3 x 3 table: HWPF edits a .doc but cannot start one. */
  private static final String DOC_TEMPLATE = "/formats/poi/simple-table2.doc";
  private static final List<Float> PDF_COLUMNS = List.of(40f, 100f, 420f, 580f);

  private Forms() {}

  /** A PDF letter whose log is a table laid out by position, as a word processor prints it. */
  static Written pdfLetter(Path file, Council council, List<Breach> breaches, Random random) throws IOException {
    List<FormatFiles.PdfLine> lines = new ArrayList<>();
    for (String text : List.of(council.name(), "Information Governance Team", "",
        "Freedom of Information request FOI/2014/0412", "Dear Requester,",
        "The data protection breaches the Council recorded between 1 April 2011 and 31 March 2014 are listed below.")) {
      lines.add(FormatFiles.PdfLine.text(text));
    }
    lines.add(new FormatFiles.PdfLine(List.of("Date", "Description", "Type of breach", "Action taken"), PDF_COLUMNS));
    for (Breach b : breaches) {
      lines.add(new FormatFiles.PdfLine(
          List.of(b.date().format(Logs.UK_DATE), b.description(), b.type(), b.action()), PDF_COLUMNS));
    }
    lines.add(FormatFiles.PdfLine.text("Yours sincerely,"));
    lines.add(FormatFiles.PdfLine.text("FOI Officer"));
    Files.write(file, FormatFiles.pdf(lines));
    return Written.log(breaches);
  }

  /**
   * An email saved from a mail client: the body a covering note that names the council, the log
   * attached as a workbook whose name and content name nobody.
   */
  static Written emailWithWorkbook(Path file, Council council, List<Breach> breaches, Random random)
      throws IOException {
    Path attachment = Files.createTempFile("breach-report-sample-", ".xlsx");
    try {
      Written written = Logs.headerRow1(attachment, council, breaches, random);
      Files.write(file, FormatFiles.eml("Information Governance <foi@example.gov.uk>", "RE: FOI 0412 data breaches",
          "Dear Requester,\n\nPlease find attached " + council.name() + "'s response to your request for"
              + " information about data protection breaches between 1 April 2011 and 31 March 2014.\n\n"
              + "Kind regards,\nInformation Governance Team\n" + council.name() + "\n",
          List.of(new FormatFiles.Attachment("breaches.xlsx",
              "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", Files.readAllBytes(attachment),
              false))));
      return written;
    } finally {
      Files.deleteIfExists(attachment);
    }
  }

  /** A Word 97 letter with a table of year totals, kept only from April 2012. */
  static Written docYearTotals(Path file, Council council, List<Breach> breaches, Random random) throws IOException {
    int[] years = new int[3];
    Summaries.byTypeAndYear(breaches).values().forEach(c -> {
      for (int y = 0; y < 3; y++) {
        years[y] += c[y];
      }
    });
    List<List<String>> rows = List.of(
        List.of("Financial year", "Number of breaches", "Reported to the ICO"),
        List.of("2012/13", Integer.toString(years[1]), "0"),
        List.of("2013/14", Integer.toString(years[2]), "1"));
    try (InputStream in = Forms.class.getResourceAsStream(DOC_TEMPLATE); HWPFDocument doc = new HWPFDocument(in)) {
      Range range = doc.getRange();
      Table table = null;
      for (int i = 0; i < range.numParagraphs() && table == null; i++) {
        Paragraph p = range.getParagraph(i);
        table = p.isInTable() ? range.getTable(p) : null;
      }
      for (int r = 0; r < rows.size(); r++) {
        for (int c = 0; c < rows.get(r).size(); c++) {
          TableCell cell = table.getRow(r).getCell(c);
          cell.replaceText(cell.text().replace("\u0007", "").replace("\r", ""), rows.get(r).get(c));
        }
      }
      doc.getRange().insertBefore(council.name() + "\rFreedom of Information request FOI/2014/0412\rDear Requester,\r"
          + "The Council began keeping a central log of data protection breaches in April 2012. The breaches"
          + " recorded since then are:\r");
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.write(out);
      Files.write(file, out.toByteArray());
    }
    return Written.exact(years[1] + years[2]);
  }

  /** An OpenDocument spreadsheet: breaches by type and financial year, with Total row and column. */
  static Written odsSummary(Path file, Council council, List<Breach> breaches, Random random) throws IOException {
    Map<String, int[]> counts = Summaries.byTypeAndYear(breaches);
    List<List<String>> rows = new ArrayList<>();
    rows.add(List.of("Type of breach", "2011/12", "2012/13", "2013/14", "Total"));
    int[] totals = new int[3];
    counts.forEach((type, c) -> {
      rows.add(List.of(type, Integer.toString(c[0]), Integer.toString(c[1]), Integer.toString(c[2]),
          Integer.toString(c[0] + c[1] + c[2])));
      for (int y = 0; y < 3; y++) {
        totals[y] += c[y];
      }
    });
    rows.add(List.of("Total", Integer.toString(totals[0]), Integer.toString(totals[1]), Integer.toString(totals[2]),
        Integer.toString(breaches.size())));
    Files.write(file, FormatFiles.ods(council.name(), rows));
    return Written.exact(breaches.size());
  }
}
