package uk.breachreport.core.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.RichTextString;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * A workbook's shared strings, read as POI's {@code ReadOnlySharedStringsTable} reads them
 * (phonetic runs included, after a space), and each decoded once, when first asked for. POI's
 * table builds an XMLBeans rich-text object on every look-up to decode the escapes Excel writes
 * ("_x000D_"): 40% of the time of reading a sheet of a million rows. Text holding no "_x" is its
 * own decoding; text that does is decoded by POI itself.
 */
final class SharedText extends DefaultHandler implements SharedStrings {

  private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

  private int count;
  private int uniqueCount;
  /** Null until an {@code sst} element starts, as in POI: a look-up then fails as POI's does. */
  private List<String> strings;
  private Text[] decoded = new Text[0];
  private StringBuilder characters;
  private boolean tIsOpen;
  private boolean inRPh;

  /** Reads the part; an empty one holds no strings. */
  static SharedText read(InputStream part) throws IOException, SAXException {
    SharedText table = new SharedText();
    PushbackInputStream in = new PushbackInputStream(part, 1);
    int first = in.read();
    if (first != -1) {
      in.unread(first);
      XlsxReader.parse(table, in);
    }
    return table;
  }

  /** A workbook without a shared-strings part. */
  static SharedText none() {
    return new SharedText();
  }

  @Override
  public RichTextString getItemAt(int idx) {
    if (strings == null || idx >= strings.size()) {
      throw new IllegalStateException("Cannot get item at " + idx + " with strings: " + strings);
    }
    if (idx >= 0 && idx < decoded.length && decoded[idx] != null) {
      return decoded[idx];
    }
    String raw = strings.get(idx); // a negative index fails here, as in POI
    Text text = new Text(raw.contains("_x") ? new XSSFRichTextString(raw).toString() : raw);
    if (idx >= decoded.length) {
      decoded = Arrays.copyOf(decoded, Math.max(idx + 1, 2 * decoded.length));
    }
    decoded[idx] = text;
    return text;
  }

  @Override
  public int getCount() {
    return count;
  }

  @Override
  public int getUniqueCount() {
    return uniqueCount;
  }

  @Override
  public void startElement(String uri, String localName, String name, Attributes attributes) {
    if (uri != null && !uri.equals(MAIN)) {
      return;
    }
    switch (localName) {
      case "sst" -> {
        String total = attributes.getValue("count");
        if (total != null) {
          count = (int) Long.parseLong(total);
        }
        String unique = attributes.getValue("uniqueCount");
        if (unique != null) {
          uniqueCount = (int) Long.parseLong(unique);
        }
        strings = new ArrayList<>(Math.min(uniqueCount, 100_000));
        characters = new StringBuilder(64);
      }
      case "si" -> {
        if (characters != null) {
          characters.setLength(0);
        }
      }
      case "t" -> tIsOpen = true;
      case "rPh" -> {
        inRPh = true;
        if (characters != null && characters.length() > 0) {
          characters.append(" ");
        }
      }
      default -> { }
    }
  }

  @Override
  public void endElement(String uri, String localName, String name) {
    if (uri != null && !uri.equals(MAIN)) {
      return;
    }
    switch (localName) {
      case "si" -> {
        if (strings != null && characters != null) {
          strings.add(characters.toString());
        }
      }
      case "t" -> tIsOpen = false;
      case "rPh" -> inRPh = false;
      default -> { }
    }
  }

  @Override
  public void characters(char[] ch, int start, int length) {
    if (tIsOpen && characters != null) {
      characters.append(ch, start, length); // phonetic runs too, as POI's reader includes them
    }
  }

  /** A decoded shared string: the sheet handler only asks for its text. */
  private record Text(String text) implements RichTextString {

    @Override
    public String getString() {
      return text;
    }

    @Override
    public String toString() {
      return text;
    }

    @Override
    public int length() {
      return text.length();
    }

    @Override
    public int numFormattingRuns() {
      return 0;
    }

    @Override
    public int getIndexOfFormattingRun(int index) {
      return 0;
    }

    @Override
    public void applyFont(int startIndex, int endIndex, short fontIndex) {
      throw readOnly();
    }

    @Override
    public void applyFont(int startIndex, int endIndex, Font font) {
      throw readOnly();
    }

    @Override
    public void applyFont(Font font) {
      throw readOnly();
    }

    @Override
    public void clearFormatting() {
      throw readOnly();
    }

    @Override
    public void applyFont(short fontIndex) {
      throw readOnly();
    }

    private static UnsupportedOperationException readOnly() {
      return new UnsupportedOperationException("a shared string read for its text only");
    }
  }
}
