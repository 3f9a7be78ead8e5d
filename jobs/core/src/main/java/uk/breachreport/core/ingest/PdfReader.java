package uk.breachreport.core.ingest;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import uk.breachreport.core.model.RowSink;
import uk.breachreport.core.model.SheetRow;

/**
 * Reads a PDF answer's text layer. Each printed line is split into cells where its words stand
 * far apart, as a table's columns do; runs of lines of two or more cells become "Table N" sheets
 * (so a table printed from a workbook gives the workbook's rows), and every other line a row of
 * the "Letter" sheet, as {@link DocxReader} gives a Word letter. A PDF with no text at all is a
 * scan, which only a person (or OCR) can read.
 */
final class PdfReader {

  /**
   * A gap between two glyphs wider than this many spaces starts a new cell: words in a sentence
   * stand one space apart, a table's columns several.
   */
  private static final double CELL_GAP_SPACES = 2.5;

  private PdfReader() {}

  static void read(byte[] bytes, RowSink sink, IngestLimits limits) throws UnreadableFileException {
    List<List<String>> lines;
    try (PDDocument document = Loader.loadPDF(bytes)) {
      if (document.getNumberOfPages() == 0) {
        throw new UnreadableFileException("an empty PDF: it has no pages");
      }
      Lines stripper = new Lines(limits.maxRowsPerSheet());
      stripper.setSortByPosition(true);
      stripper.getText(document);
      lines = stripper.lines;
    } catch (InvalidPasswordException e) {
      throw DocumentReader.encrypted();
    } catch (LimitedSink.LimitExceeded e) {
      throw e;
    } catch (IOException | RuntimeException e) {
      throw UnreadableFileException.corrupt("PDF", e);
    }
    if (lines.stream().allMatch(l -> l.stream().allMatch(String::isBlank))) {
      throw new UnreadableFileException("a scan without a text layer: its pages hold no text, only"
          + " images or drawings; ask the council for the answer as text or a spreadsheet");
    }
    emit(lines, sink);
  }

  /** Single-cell lines to "Letter", each run of multi-cell lines to its own "Table N". */
  static void emit(List<List<String>> lines, RowSink sink) {
    sink.startSheet(DocxReader.LETTER);
    List<List<List<String>>> tables = new ArrayList<>();
    List<List<String>> table = null;
    int number = 0;
    for (List<String> line : lines) {
      if (line.size() >= 2) {
        if (table == null) {
          table = new ArrayList<>();
          tables.add(table);
        }
        table.add(line);
      } else {
        table = null;
        sink.row(new SheetRow(++number, line));
      }
    }
    sink.endSheet();
    for (int t = 0; t < tables.size(); t++) {
      sink.startSheet("Table " + (t + 1));
      int row = 0;
      for (List<String> line : tables.get(t)) {
        sink.row(new SheetRow(++row, line));
      }
      sink.endSheet();
    }
  }

  /** Collects each line's glyphs and splits them into cells at wide gaps. */
  private static final class Lines extends PDFTextStripper {
    private final List<List<String>> lines = new ArrayList<>();
    private final List<TextPosition> glyphs = new ArrayList<>();
    private final int maxLines;

    /** Lines are held until the text ends: never more than a sheet may have rows. */
    Lines(int maxLines) throws IOException {
      this.maxLines = maxLines;
      setLineSeparator("\n");
    }

    @Override
    protected void writeString(String text, List<TextPosition> positions) {
      glyphs.addAll(positions);
    }

    @Override
    protected void writeLineSeparator() {
      flush();
    }

    @Override
    protected void writePageEnd() {
      flush();
    }

    private void flush() {
      if (glyphs.isEmpty()) {
        return;
      }
      glyphs.sort(Comparator.comparingDouble(TextPosition::getXDirAdj));
      List<String> cells = new ArrayList<>();
      StringBuilder cell = new StringBuilder();
      double end = Double.NaN;
      boolean spaceBefore = false;
      for (TextPosition glyph : glyphs) {
        String unicode = glyph.getUnicode();
        if (unicode == null || unicode.isBlank()) {
          spaceBefore = cell.length() > 0;
          continue;
        }
        double x = glyph.getXDirAdj();
        double space = glyph.getWidthOfSpace() > 0 ? glyph.getWidthOfSpace()
            : glyph.getFontSizeInPt() * 0.25;
        if (!Double.isNaN(end) && x - end > CELL_GAP_SPACES * space) {
          cells.add(cell.toString());
          cell.setLength(0);
        } else if (!Double.isNaN(end) && (spaceBefore || x - end > space * 0.5)) {
          cell.append(' ');
        }
        cell.append(unicode);
        end = x + glyph.getWidthDirAdj();
        spaceBefore = false;
      }
      cells.add(cell.toString());
      if (lines.size() >= maxLines) {
        throw new LimitedSink.LimitExceeded("too long: the PDF has more than "
            + LimitedSink.count(maxLines) + " lines (limit per sheet)");
      }
      lines.add(cells);
      glyphs.clear();
    }
  }
}
