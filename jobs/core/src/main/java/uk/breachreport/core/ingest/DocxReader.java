package uk.breachreport.core.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.xml.sax.SAXException;
import uk.breachreport.core.model.RowSink;
import uk.breachreport.core.model.SheetRow;

/**
 * Reads a Word answer: the letter's paragraphs as a sheet named "Letter" (one cell a paragraph,
 * for council names and statements of none or refusal), then each table as "Table N". The body is
 * read with SAX ({@link WordBody}) from the part the zip scan kept, giving what XWPF gives; a
 * document holding what WordBody does not copy is read by XWPF itself.
 */
final class DocxReader {

  static final String LETTER = "Letter";
  /** Word's own limit on a table's columns; a forged span cannot widen a row past it. */
  static final int MAX_SPAN = 63;

  private DocxReader() {}

  /**
   * Reads a scanned document from the parts the scan kept, its body with SAX as XWPF reads it; a
   * package or a body this reader does not claim to read as XWPF does is read by XWPF, as before.
   */
  static void read(OfficePackage scanned, RowSink sink) throws UnreadableFileException {
    WordBody body;
    try {
      OfficePackage parts = scanned.parts();
      String main = parts.only("/", OfficePackage.OFFICE_DOCUMENT);
      try (InputStream document = parts.open(main)) {
        body = WordBody.read(document);
      }
    } catch (OfficePackage.NotPlain | IOException | SAXException | RuntimeException e) {
      readWithPoi(scanned.zip(), sink);
      return;
    }
    write(body, sink);
  }

  /** The letter's paragraphs as the sheet "Letter", then each table as "Table N". */
  private static void write(WordBody body, RowSink sink) {
    sink.startSheet(LETTER);
    for (int p = 0; p < body.paragraphs().size(); p++) {
      sink.row(new SheetRow(p + 1, List.of(body.paragraphs().get(p))));
    }
    sink.endSheet();
    for (int t = 0; t < body.tables().size(); t++) {
      sink.startSheet("Table " + (t + 1));
      List<List<String>> rows = body.tables().get(t);
      for (int r = 0; r < rows.size(); r++) {
        sink.row(new SheetRow(r + 1, rows.get(r)));
      }
      sink.endSheet();
    }
  }

  /** XWPF's reading of a document, for a package {@link WordBody} leaves to it. */
  static void readWithPoi(byte[] bytes, RowSink sink) throws UnreadableFileException {
    try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(bytes))) {
      List<String> paragraphs = new ArrayList<>();
      List<List<List<String>>> tables = new ArrayList<>();
      for (IBodyElement element : document.getBodyElements()) {
        if (element instanceof XWPFParagraph p) {
          paragraphs.add(p.getText());
        } else if (element instanceof XWPFTable t) {
          tables.add(rows(t));
        }
      }
      write(new WordBody(paragraphs, tables), sink);
    } catch (LimitedSink.LimitExceeded e) {
      throw e;
    } catch (IOException | RuntimeException e) {
      throw UnreadableFileException.corrupt(".docx document", e);
    }
  }

  /** A table's rows, each cell's text followed by a blank for each further column it spans. */
  private static List<List<String>> rows(XWPFTable table) {
    List<List<String>> rows = new ArrayList<>();
    for (XWPFTableRow row : table.getRows()) {
      List<String> cells = new ArrayList<>();
      for (XWPFTableCell cell : row.getTableCells()) {
        cells.add(cell.getText());
        for (int span = span(cell); span > 1; span--) {
          cells.add(""); // as a merged cell reads in a workbook: the columns under it align
        }
      }
      rows.add(cells);
    }
    return rows;
  }

  /** How many grid columns a cell spans (its gridSpan), 1 for an ordinary cell. */
  private static int span(XWPFTableCell cell) {
    CTTcPr pr = cell.getCTTc().getTcPr();
    if (pr == null || !pr.isSetGridSpan() || pr.getGridSpan().getVal() == null) {
      return 1;
    }
    return Math.max(1, Math.min(MAX_SPAN, pr.getGridSpan().getVal().intValue()));
  }
}
