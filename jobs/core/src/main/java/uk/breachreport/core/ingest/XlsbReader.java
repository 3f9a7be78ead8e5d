package uk.breachreport.core.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.xssf.binary.XSSFBSharedStringsTable;
import org.apache.poi.xssf.binary.XSSFBSheetHandler;
import org.apache.poi.xssf.binary.XSSFBStylesTable;
import org.apache.poi.xssf.eventusermodel.XSSFBReader;
import org.xml.sax.SAXException;
import uk.breachreport.core.model.RowSink;

/**
 * Streams an Excel binary workbook (.xlsb) sheet by sheet through POI's XSSFB reader, with the
 * same row handling as {@link XlsxReader}. Dates are not flagged in a binary workbook's styles as
 * POI reads them, so a date cell may arrive as its serial number: the layout stage reads those.
 */
final class XlsbReader {

  private XlsbReader() {}

  static void read(byte[] bytes, RowSink sink, IngestLimits limits)
      throws UnreadableFileException {
    try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(bytes))) {
      XSSFBReader reader = new XSSFBReader(pkg);
      XSSFBSharedStringsTable strings = new XSSFBSharedStringsTable(pkg);
      XSSFBStylesTable styles = reader.getXSSFBStylesTable();
      CellText text = new CellText(false);
      XSSFBReader.SheetIterator sheets = (XSSFBReader.SheetIterator) reader.getSheetsData();
      while (sheets.hasNext()) {
        try (InputStream sheet = sheets.next()) {
          String name = sheets.getSheetName();
          sink.startSheet(name);
          new XSSFBSheetHandler(sheet, styles, null, strings,
              new XlsxReader.Rows(sink, name, limits), text, false).parse();
          sink.endSheet();
        }
      }
    } catch (LimitedSink.LimitExceeded e) {
      throw e;
    } catch (IOException | OpenXML4JException | SAXException | RuntimeException e) {
      throw UnreadableFileException.corrupt(".xlsb workbook", e);
    }
  }
}
