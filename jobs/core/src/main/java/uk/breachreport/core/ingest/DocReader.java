package uk.breachreport.core.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.usermodel.Paragraph;
import org.apache.poi.hwpf.usermodel.Range;
import org.apache.poi.hwpf.usermodel.Table;
import org.apache.poi.hwpf.usermodel.TableRow;
import uk.breachreport.core.model.RowSink;
import uk.breachreport.core.model.SheetRow;

/**
 * Reads a Word 97-2003 .doc answer with POI's HWPF, as {@link DocxReader} reads a .docx: the
 * paragraphs outside tables as the "Letter" sheet, then each table as "Table N".
 */
final class DocReader {

  private DocReader() {}

  static void read(byte[] bytes, RowSink sink) throws UnreadableFileException {
    try (HWPFDocument document = new HWPFDocument(new ByteArrayInputStream(bytes))) {
      Range range = document.getRange();
      List<Table> tables = new ArrayList<>();
      sink.startSheet(DocxReader.LETTER);
      int number = 0;
      for (int i = 0; i < range.numParagraphs(); i++) {
        Paragraph paragraph = range.getParagraph(i);
        if (paragraph.isInTable()) {
          Table table = range.getTable(paragraph);
          tables.add(table);
          i += table.numParagraphs() - 1; // the table's paragraphs are read with it
          continue;
        }
        sink.row(new SheetRow(++number, List.of(clean(paragraph.text()))));
      }
      sink.endSheet();
      for (int t = 0; t < tables.size(); t++) {
        sink.startSheet("Table " + (t + 1));
        Table table = tables.get(t);
        for (int r = 0; r < table.numRows(); r++) {
          TableRow row = table.getRow(r);
          List<String> cells = new ArrayList<>();
          for (int c = 0; c < row.numCells(); c++) {
            cells.add(clean(row.getCell(c).text()));
          }
          sink.row(new SheetRow(r + 1, cells));
        }
        sink.endSheet();
      }
    } catch (EncryptedDocumentException e) {
      throw DocumentReader.encrypted();
    } catch (LimitedSink.LimitExceeded e) {
      throw e;
    } catch (IOException | RuntimeException e) {
      throw UnreadableFileException.corrupt(".doc document", e);
    }
  }

  /** Word's paragraph, cell and field marks out; its line breaks kept as line breaks. */
  static String clean(String text) {
    return text.replace('\u000B', '\n')
        .replaceAll("\u0013[^\u0014\u0015]*\u0014?|\u0015", "") // a field's code, not its result
        .replaceAll("[\\x00-\\x08\\x0C\\x0E-\\x1F\\x07\\r]", "")
        .strip();
  }
}
