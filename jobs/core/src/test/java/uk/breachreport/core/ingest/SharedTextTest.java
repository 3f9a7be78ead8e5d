package uk.breachreport.core.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * The reader's shared strings are POI's: a workbook written by POI, its sharedStrings.xml then
 * replaced by one with rich-text runs, phonetic runs and Excel's escapes, reads cell for cell as
 * POI's ReadOnlySharedStringsTable gives the strings.
 */
class SharedTextTest {

  private static final String SST = """
      <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
      <sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="5" uniqueCount="5">\
      <si><t>Loss of paperwork</t></si>\
      <si><r><t>Email sent </t></r><r><rPr><b/></rPr><t>to wrong recipient</t></r></si>\
      <si><t>line one_x000D_line two</t></si>\
      <si><t>\u6f22\u5b57</t><rPh sb="0" eb="2"><t>\u304b\u3093\u3058</t></rPh></si>\
      <si><t xml:space="preserve"> spaced </t></si>\
      </sst>""";

  @Test
  void cellsReadAsPoisTableGivesTheirStrings() throws Exception {
    byte[] bytes = withSharedStrings(workbook(5), SST);
    CollectingSink sink = new CollectingSink();
    DocumentReader.read("answer.xlsx", bytes, sink);

    List<String> poi = new ArrayList<>();
    try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(bytes))) {
      ReadOnlySharedStringsTable table = new ReadOnlySharedStringsTable(pkg);
      for (int i = 0; i < 5; i++) {
        poi.add(table.getItemAt(i).toString());
      }
    }
    assertEquals(poi, sink.rows.stream().map(r -> r.cell(0)).toList());
    assertEquals("line one\rline two", sink.rows.get(2).cell(0));
  }

  @Test
  void aCellPointingPastTheStringsIsACorruptWorkbook() throws Exception {
    byte[] bytes = withSharedStrings(workbook(5), SST.replace("count=\"5\"", "count=\"4\"")
        .replace("<si><t xml:space=\"preserve\"> spaced </t></si>", ""));
    UnreadableFileException e = assertThrows(UnreadableFileException.class,
        () -> DocumentReader.read("answer.xlsx", bytes, new CollectingSink()));
    assertTrue(e.getMessage().startsWith(
        "corrupt .xlsx workbook: IllegalStateException: Cannot get item at 4 with strings: [Loss"),
        e.getMessage()); // POI's own words for a cell past the table
  }

  /** Rows of one string cell each, strings 0 to n - 1 of the shared-strings table. */
  private static byte[] workbook(int rows) throws IOException {
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      var sheet = wb.createSheet("Log");
      for (int r = 0; r < rows; r++) {
        sheet.createRow(r).createCell(0).setCellValue("string " + r);
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      wb.write(out);
      return out.toByteArray();
    }
  }

  private static byte[] withSharedStrings(byte[] workbook, String xml) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(workbook));
        ZipOutputStream zip = new ZipOutputStream(out)) {
      ZipEntry entry;
      while ((entry = in.getNextEntry()) != null) {
        zip.putNextEntry(new ZipEntry(entry.getName()));
        zip.write(entry.getName().equals("xl/sharedStrings.xml")
            ? xml.getBytes(StandardCharsets.UTF_8) : in.readAllBytes());
        zip.closeEntry();
      }
    }
    return out.toByteArray();
  }
}
