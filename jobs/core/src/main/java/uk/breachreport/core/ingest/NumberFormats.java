package uk.breachreport.core.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.xssf.model.Styles;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.extensions.XSSFCellBorder;
import org.apache.poi.xssf.usermodel.extensions.XSSFCellFill;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * What POI's sheet reader asks of a workbook's styles: each cell style's number format (its id
 * and its format code), read from {@code styles.xml} with one SAX pass. POI's {@link StylesTable}
 * builds the whole part (fonts, fills, borders, the theme) as XMLBeans objects: a fifth of the
 * time of reading a small workbook, for two numbers per style. The answers are StylesTable's:
 * a style's format id is its {@code numFmtId} (0 when absent), its code the workbook's
 * {@code numFmt} of that id, else Excel's built-in one.
 */
final class NumberFormats implements Styles {

  private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

  private final Map<Short, String> codes;
  private final List<Short> styleFormats;
  private final XSSFCellStyle[] styles;

  private NumberFormats(Map<Short, String> codes, List<Short> styleFormats) {
    this.codes = codes;
    this.styleFormats = styleFormats;
    this.styles = new XSSFCellStyle[styleFormats.size()];
  }

  static NumberFormats read(InputStream stylesXml) throws IOException, SAXException {
    Map<Short, String> codes = new HashMap<>();
    List<Short> styleFormats = new ArrayList<>();
    XlsxReader.parse(new DefaultHandler() {
      private boolean inNumFmts;
      private boolean inCellXfs;

      @Override
      public void startElement(String uri, String localName, String qName, Attributes a) {
        if (!MAIN.equals(uri)) {
          return;
        }
        switch (localName) {
          case "numFmts" -> inNumFmts = true;
          case "cellXfs" -> inCellXfs = true;
          case "numFmt" -> {
            if (inNumFmts) {
              codes.put(formatId(a), a.getValue("formatCode"));
            }
          }
          case "xf" -> {
            if (inCellXfs) {
              styleFormats.add(formatId(a));
            }
          }
          default -> { }
        }
      }

      @Override
      public void endElement(String uri, String localName, String qName) {
        if (MAIN.equals(uri) && localName.equals("numFmts")) {
          inNumFmts = false;
        } else if (MAIN.equals(uri) && localName.equals("cellXfs")) {
          inCellXfs = false;
        }
      }
    }, stylesXml);
    return new NumberFormats(codes, styleFormats);
  }

  /** As POI reads it: an unsigned id cut to a short, 0 when the attribute is absent. */
  private static short formatId(Attributes a) {
    String id = a.getValue("numFmtId");
    return id == null ? 0 : (short) Long.parseLong(id.strip());
  }

  @Override
  public XSSFCellStyle getStyleAt(int idx) {
    if (idx < 0 || idx >= styles.length) {
      return null;
    }
    if (styles[idx] == null) {
      styles[idx] = new FormatOnly(styleFormats.get(idx), this);
    }
    return styles[idx];
  }

  @Override
  public int getNumCellStyles() {
    return styles.length;
  }

  @Override
  public String getNumberFormatAt(short fmtId) {
    return codes.get(fmtId);
  }

  @Override
  public int getNumDataFormats() {
    return codes.size();
  }

  /** A cell style that knows its number format only: all the sheet reader asks of it. */
  private static final class FormatOnly extends XSSFCellStyle {
    private final short format;
    private final String code;

    FormatOnly(short format, NumberFormats formats) {
      super((StylesTable) null);
      this.format = format;
      String own = formats.getNumberFormatAt(format);
      this.code = own != null ? own : BuiltinFormats.getBuiltinFormat(format);
    }

    @Override
    public short getDataFormat() {
      return format;
    }

    @Override
    public String getDataFormatString() {
      return code;
    }
  }

  // Reading only: nothing is ever added to or asked of a workbook's styles beyond the above.

  @Override
  public int putNumberFormat(String fmt) {
    throw readOnly();
  }

  @Override
  public void putNumberFormat(short index, String fmt) {
    throw readOnly();
  }

  @Override
  public boolean removeNumberFormat(short index) {
    throw readOnly();
  }

  @Override
  public boolean removeNumberFormat(String fmt) {
    throw readOnly();
  }

  @Override
  public XSSFFont getFontAt(int idx) {
    throw readOnly();
  }

  @Override
  public int putFont(XSSFFont font, boolean forceRegistration) {
    throw readOnly();
  }

  @Override
  public int putFont(XSSFFont font) {
    throw readOnly();
  }

  @Override
  public int putStyle(XSSFCellStyle style) {
    throw readOnly();
  }

  @Override
  public XSSFCellBorder getBorderAt(int idx) {
    throw readOnly();
  }

  @Override
  public int putBorder(XSSFCellBorder border) {
    throw readOnly();
  }

  @Override
  public XSSFCellFill getFillAt(int idx) {
    throw readOnly();
  }

  @Override
  public int putFill(XSSFCellFill fill) {
    throw readOnly();
  }

  private static UnsupportedOperationException readOnly() {
    return new UnsupportedOperationException("number formats read for a sheet reader only");
  }
}
