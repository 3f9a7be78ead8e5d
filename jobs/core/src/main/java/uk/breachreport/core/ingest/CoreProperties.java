package uk.breachreport.core.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * A package's core properties (docProps/core.xml) held to what POI's OPCPackage demands of them
 * when it opens a package (rules M4.2 to M4.5 of Open Packaging, dates it can parse), so a
 * package POI refuses is not read without it: anything outside the plain form every Office
 * writes throws {@link OfficePackage.NotPlain}, leaving the package to POI, which decides.
 */
final class CoreProperties extends DefaultHandler {

  private static final String DCTERMS = "http://purl.org/dc/terms/";
  private static final String CORE = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties";
  private static final String MARKUP_COMPATIBILITY =
      "http://schemas.openxmlformats.org/markup-compatibility/2006";
  /** Dates as Office writes them; POI parses these (and more). */
  private static final Pattern DATE =
      Pattern.compile("\\d{4}-\\d{2}-\\d{2}(T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?Z?)?");

  private final StringBuilder text = new StringBuilder();
  private boolean inDate;
  private String odd;

  private CoreProperties() {}

  static void check(InputStream part) throws IOException, SAXException, OfficePackage.NotPlain {
    CoreProperties handler = new CoreProperties();
    XlsxReader.parse(handler, part);
    if (handler.odd != null) {
      throw new OfficePackage.NotPlain("core properties: " + handler.odd);
    }
  }

  @Override
  public void startPrefixMapping(String prefix, String uri) {
    if (MARKUP_COMPATIBILITY.equals(uri)) {
      odd = "the markup compatibility namespace";
    }
  }

  @Override
  public void startElement(String uri, String localName, String qName, Attributes attributes) {
    if (attributes.getIndex(XMLConstants.XML_NS_URI, "lang") >= 0) {
      odd = "xml:lang";
    }
    inDate = false;
    if (DCTERMS.equals(uri)) {
      String prefix = qName.contains(":") ? qName.substring(0, qName.indexOf(':')) : null;
      String type = attributes.getValue(XMLConstants.W3C_XML_SCHEMA_INSTANCE_NS_URI, "type");
      if (!(localName.equals("created") || localName.equals("modified")) || prefix == null
          || !(prefix + ":W3CDTF").equals(type)) {
        odd = qName;
      }
      inDate = true;
    } else if (CORE.equals(uri) && localName.equals("lastPrinted")) {
      inDate = true;
    }
    text.setLength(0);
  }

  @Override
  public void characters(char[] ch, int start, int length) {
    if (inDate) {
      text.append(ch, start, length);
    }
  }

  @Override
  public void endElement(String uri, String localName, String qName) {
    if (inDate && text.length() > 0 && !DATE.matcher(text).matches()) {
      odd = qName + " " + text;
    }
    inDate = false;
  }
}
