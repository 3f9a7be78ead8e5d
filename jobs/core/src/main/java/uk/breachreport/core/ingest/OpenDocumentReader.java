package uk.breachreport.core.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;
import uk.breachreport.core.model.RowSink;
import uk.breachreport.core.model.SheetRow;

/**
 * Reads an OpenDocument answer (.ods spreadsheet or .odt text) from its content.xml, with a StAX
 * parser that refuses DTDs and external entities (and {@link ZipScan} has already refused a
 * DOCTYPE and a bomb). The paragraphs outside tables become the "Letter" sheet; each top-level
 * table a sheet of its own, named as in the spreadsheet or "Table N" in a text document. Repeated
 * rows and cells ({@code number-rows-repeated}, {@code number-columns-repeated}: a spreadsheet
 * pads its sheets with a million blank rows that way) are expanded only where they hold text, and
 * never past the row and column limits.
 */
final class OpenDocumentReader {

  private static final String TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
  private static final String TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
  private static final String OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";

  private OpenDocumentReader() {}

  static void read(byte[] bytes, RowSink sink, IngestLimits limits)
      throws UnreadableFileException {
    byte[] content = content(bytes);
    try {
      List<String> letter = paragraphs(content);
      if (!letter.isEmpty()) {
        sink.startSheet(DocxReader.LETTER);
        for (int i = 0; i < letter.size(); i++) {
          sink.row(new SheetRow(i + 1, List.of(letter.get(i))));
        }
        sink.endSheet();
      }
      tables(content, sink, limits);
    } catch (XMLStreamException | RuntimeException e) {
      if (e instanceof LimitedSink.LimitExceeded limit) {
        throw limit;
      }
      throw UnreadableFileException.corrupt("OpenDocument file", e);
    }
  }

  private static byte[] content(byte[] bytes) throws UnreadableFileException {
    try (ZipArchiveInputStream zip = new ZipArchiveInputStream(
        new ByteArrayInputStream(bytes), StandardCharsets.UTF_8.name(), false, true)) {
      ZipArchiveEntry entry;
      while ((entry = zip.getNextEntry()) != null) {
        if (entry.getName().equals("content.xml")) {
          return zip.readAllBytes(); // ZipScan has bounded its size
        }
      }
    } catch (IOException e) {
      throw UnreadableFileException.corrupt("OpenDocument file", e);
    }
    throw new UnreadableFileException("corrupt OpenDocument file: it has no content.xml");
  }

  private static XMLStreamReader parser(byte[] content) throws XMLStreamException {
    XMLInputFactory factory = XMLInputFactory.newFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
    factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
    return factory.createXMLStreamReader(new ByteArrayInputStream(content));
  }

  /** The text of each paragraph and heading outside any table, blank ones left out. */
  private static List<String> paragraphs(byte[] content) throws XMLStreamException {
    List<String> paragraphs = new ArrayList<>();
    XMLStreamReader xml = parser(content);
    int tables = 0;
    while (xml.hasNext()) {
      int event = xml.next();
      if (event == XMLStreamConstants.START_ELEMENT) {
        if (is(xml, TABLE, "table")) {
          tables++;
        } else if (tables == 0 && isParagraph(xml)) {
          String text = paragraph(xml).strip();
          if (!text.isEmpty()) {
            paragraphs.add(text);
          }
        }
      } else if (event == XMLStreamConstants.END_ELEMENT && is(xml, TABLE, "table")) {
        tables--;
      }
    }
    return paragraphs;
  }

  private static void tables(byte[] content, RowSink sink, IngestLimits limits)
      throws XMLStreamException {
    XMLStreamReader xml = parser(content);
    int count = 0;
    while (xml.hasNext()) {
      if (xml.next() == XMLStreamConstants.START_ELEMENT && is(xml, TABLE, "table")) {
        String name = xml.getAttributeValue(TABLE, "name");
        count++;
        sink.startSheet(name == null || name.isBlank() ? "Table " + count : name);
        table(xml, sink, limits, name == null ? "Table " + count : name);
        sink.endSheet();
      }
    }
  }

  /** One table to its end tag; a table nested in a cell is read as that cell's text. */
  private static void table(XMLStreamReader xml, RowSink sink, IngestLimits limits, String name)
      throws XMLStreamException {
    int row = 0;
    while (xml.hasNext()) {
      int event = xml.next();
      if (event == XMLStreamConstants.END_ELEMENT && is(xml, TABLE, "table")) {
        return;
      }
      if (event == XMLStreamConstants.START_ELEMENT && is(xml, TABLE, "table-row")) {
        int repeated = repeat(xml, "number-rows-repeated");
        List<String> cells = row(xml, limits, name, row + 1);
        if (cells.stream().allMatch(String::isBlank)) {
          row = (int) Math.min((long) row + repeated, Integer.MAX_VALUE - 1);
          continue;
        }
        for (int r = 0; r < repeated; r++) {
          sink.row(new SheetRow(++row, cells)); // the sink's row limit stops a forged repeat
        }
      }
    }
  }

  private static List<String> row(XMLStreamReader xml, IngestLimits limits, String sheet,
      int number) throws XMLStreamException {
    List<String> cells = new ArrayList<>();
    long blanks = 0;
    while (xml.hasNext()) {
      int event = xml.next();
      if (event == XMLStreamConstants.END_ELEMENT && is(xml, TABLE, "table-row")) {
        return cells;
      }
      if (event == XMLStreamConstants.START_ELEMENT
          && (is(xml, TABLE, "table-cell") || is(xml, TABLE, "covered-table-cell"))) {
        int repeated = repeat(xml, "number-columns-repeated");
        String value = cell(xml);
        if (value.isBlank()) {
          blanks += repeated;
          continue;
        }
        long column = cells.size() + blanks;
        if (column + repeated > limits.maxColumns()) {
          throw LimitedSink.tooWide(sheet, number,
              LimitedSink.column((int) Math.min(column + repeated - 1, Integer.MAX_VALUE - 1)),
              limits);
        }
        for (; blanks > 0; blanks--) {
          cells.add("");
        }
        for (int c = 0; c < repeated; c++) {
          cells.add(value);
        }
      }
    }
    return cells;
  }

  /** A cell's value: the stored number or date where there is one, else its paragraphs' text. */
  private static String cell(XMLStreamReader xml) throws XMLStreamException {
    String type = xml.getAttributeValue(OFFICE, "value-type");
    String stored = "float".equals(type) || "percentage".equals(type) || "currency".equals(type)
        ? xml.getAttributeValue(OFFICE, "value")
        : "date".equals(type) ? xml.getAttributeValue(OFFICE, "date-value") : null;
    StringBuilder text = new StringBuilder();
    int depth = 1;
    while (xml.hasNext() && depth > 0) {
      int event = xml.next();
      if (event == XMLStreamConstants.START_ELEMENT) {
        depth++;
        if (isParagraph(xml)) {
          if (text.length() > 0) {
            text.append('\n');
          }
          text.append(paragraph(xml));
          depth--;
        }
      } else if (event == XMLStreamConstants.END_ELEMENT) {
        depth--;
      }
    }
    if (stored != null) {
      // A date-time keeps only its date when midnight, as CellText gives workbook dates.
      return stored.endsWith("T00:00:00") ? stored.substring(0, 10) : stored;
    }
    return text.toString();
  }

  /** A paragraph's text, with ODF's encoded spaces, tabs and line breaks. */
  private static String paragraph(XMLStreamReader xml) throws XMLStreamException {
    StringBuilder text = new StringBuilder();
    int depth = 1;
    while (xml.hasNext() && depth > 0) {
      int event = xml.next();
      if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
        text.append(xml.getText());
      } else if (event == XMLStreamConstants.START_ELEMENT) {
        depth++;
        if (is(xml, TEXT, "s")) {
          text.append(' ');
        } else if (is(xml, TEXT, "tab")) {
          text.append('\t');
        } else if (is(xml, TEXT, "line-break")) {
          text.append('\n');
        } else if (is(xml, OFFICE, "annotation")) {
          skip(xml);
          depth--;
        }
      } else if (event == XMLStreamConstants.END_ELEMENT) {
        depth--;
      }
    }
    return text.toString();
  }

  private static void skip(XMLStreamReader xml) throws XMLStreamException {
    int depth = 1;
    while (xml.hasNext() && depth > 0) {
      int event = xml.next();
      depth += event == XMLStreamConstants.START_ELEMENT ? 1
          : event == XMLStreamConstants.END_ELEMENT ? -1 : 0;
    }
  }

  private static boolean isParagraph(XMLStreamReader xml) {
    return is(xml, TEXT, "p") || is(xml, TEXT, "h");
  }

  private static boolean is(XMLStreamReader xml, String namespace, String name) {
    return namespace.equals(xml.getNamespaceURI()) && name.equals(xml.getLocalName());
  }

  private static int repeat(XMLStreamReader xml, String attribute) {
    String value = xml.getAttributeValue(TABLE, attribute);
    try {
      return value == null ? 1 : Math.max(1, Integer.parseInt(value.strip()));
    } catch (NumberFormatException e) {
      return 1;
    }
  }
}
