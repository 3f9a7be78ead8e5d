package uk.breachreport.core.ingest;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import uk.breachreport.core.model.SheetRow;

/**
 * A Word document's body read with SAX gives what XWPF gives, row for row: paragraphs with tabs,
 * breaks, hyperlinks and tracked changes, tables with merged cells, cells of several paragraphs
 * and nested tables, content controls at body level left out; what it does not copy (capitals,
 * content controls inside a paragraph, nesting deeper than any letter) is left to XWPF.
 */
class WordBodyTest {

  private static final String BODY = """
      <w:p><w:r><w:t>Dear</w:t></w:r><w:r><w:tab/><w:t xml:space="preserve">requester </w:t>\
      </w:r><w:r><w:br/><w:t>second line</w:t><w:cr/><w:noBreakHyphen/></w:r></w:p>\
      <w:p><w:pPr><w:jc w:val="left"/></w:pPr><w:hyperlink r:id="rId1"><w:r><w:t>ico.org.uk</w:t>\
      </w:r></w:hyperlink><w:proofErr w:type="spellStart"/><w:r><w:t xml:space="preserve"> says\
      </w:t></w:r><w:bookmarkStart w:id="0" w:name="x"/><w:fldSimple w:instr="PAGE"><w:r>\
      <w:t>7</w:t></w:r></w:fldSimple><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r>\
      <w:instrText>DATE</w:instrText></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>\
      <w:sdt><w:sdtContent><w:p><w:r><w:t>In a content control</w:t></w:r></w:p><w:tbl><w:tr>\
      <w:tc><w:p><w:r><w:t>a table in a content control</w:t></w:r></w:p></w:tc></w:tr></w:tbl>\
      </w:sdtContent></w:sdt>\
      <w:p><w:ins w:id="1" w:author="a"><w:r><w:t>inserted</w:t></w:r></w:ins><w:del w:id="2" \
      w:author="a"><w:r><w:delText>deleted</w:delText></w:r></w:del><w:smartTag w:uri="u" \
      w:element="place"><w:r><w:t> Leeds</w:t></w:r></w:smartTag></w:p>\
      <w:p/>\
      <w:tbl><w:tblPr/><w:tblGrid/>\
      <w:tr><w:tc><w:tcPr><w:gridSpan w:val="2"/></w:tcPr><w:p><w:r><w:t>Year</w:t></w:r></w:p>\
      </w:tc><w:tc><w:p><w:r><w:t>Total</w:t></w:r></w:p></w:tc></w:tr>\
      <w:tr><w:tc><w:p><w:r><w:t>2011</w:t></w:r></w:p><w:p><w:r><w:t>-12</w:t></w:r></w:p></w:tc>\
      <w:tc><w:p><w:r><w:t>Q1</w:t></w:r></w:p><w:tbl><w:tr><w:tc><w:p><w:r><w:t>nested</w:t>\
      </w:r></w:p></w:tc></w:tr></w:tbl></w:tc><w:tc><w:p><w:r><w:t>5</w:t></w:r></w:p></w:tc></w:tr>\
      <w:tr><w:tc><w:tcPr><w:gridSpan w:val="999"/></w:tcPr><w:p/></w:tc></w:tr>\
      </w:tbl>\
      <w:p><w:r><w:drawing><wp:inline xmlns:wp="urn:drawing"/></w:drawing><w:t>after a picture</w:t>\
      </w:r></w:p>\
      <w:tbl><w:tr><w:tc><w:p><w:r><w:t>second table</w:t></w:r></w:p></w:tc></w:tr></w:tbl>\
      <w:sectPr/>""";

  @Test
  void aBodyIsReadWithSaxAsXwpfReadsIt() throws Exception {
    byte[] docx = document(BODY);
    WordBody body = plain(docx);
    assertEquals(List.of("Dear\trequester \nsecond line\n\u2011", "ico.org.uk says7",
        "inserted Leeds", "", "after a picture"), body.paragraphs());
    List<String> spanned = new ArrayList<>(List.of(""));
    spanned.addAll(Collections.nCopies(DocxReader.MAX_SPAN - 1, ""));
    assertEquals(List.of(List.of(List.of("Year", "", "Total"), List.of("2011-12", "Q1", "5"),
        spanned), List.of(List.of("second table"))), body.tables());
    CollectingSink sink = sameAsXwpf(docx);
    assertEquals(List.of(DocxReader.LETTER, "Table 1", "Table 2"), sink.sheets);
    assertEquals(new SheetRow(2, List.of("ico.org.uk says7")), sink.rows.get(1));
  }

  @Test
  void whatItDoesNotCopyIsLeftToXwpf() throws Exception {
    String capitals = "<w:p><w:r><w:rPr><w:caps/></w:rPr><w:t>shouted</w:t></w:r></w:p>";
    String control = "<w:p><w:sdt><w:sdtContent><w:r><w:t>chosen</w:t></w:r></w:sdtContent>"
        + "</w:sdt></w:p>";
    String deep = "<w:tbl><w:tr><w:tc>".repeat(80) + "<w:p/>" + "</w:tc></w:tr></w:tbl>".repeat(80);
    for (String body : List.of(capitals, control, deep)) {
      byte[] docx = document(body);
      assertThrows(WordBody.LeftToXwpf.class, () -> WordBody.read(new ByteArrayInputStream(
          RawZip.entries(docx).stream().filter(e -> e.name().equals(HostileFiles.DOCUMENT))
              .findFirst().orElseThrow().inflate())));
      sameAsXwpf(docx);
    }
    assertEquals(List.of("SHOUTED"), sameAsXwpf(document(capitals)).rows.get(0).cells());
  }

  private static WordBody plain(byte[] docx) {
    return assertDoesNotThrow(() -> {
      OfficePackage parts = ZipScan.scan(docx, IngestLimits.DEFAULT, Long.MAX_VALUE).parts();
      return WordBody.read(parts.open(parts.only("/", OfficePackage.OFFICE_DOCUMENT)));
    });
  }

  /** What DocumentReader gives, checked against XWPF's own reading of the same bytes. */
  private static CollectingSink sameAsXwpf(byte[] docx) throws Exception {
    CollectingSink sink = new CollectingSink();
    DocumentReader.read("answer.docx", docx, sink);
    CollectingSink xwpf = new CollectingSink();
    DocxReader.readWithPoi(docx, xwpf);
    assertEquals(xwpf.sheets, sink.sheets);
    assertEquals(xwpf.rows, sink.rows);
    return sink;
  }

  /** A document written by XWPF, its body then replaced by the given XML. */
  private static byte[] document(String body) throws IOException {
    byte[] written;
    try (XWPFDocument doc = new XWPFDocument()) {
      doc.createParagraph().createRun().setText("placeholder");
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.write(out);
      written = out.toByteArray();
    }
    return RawZip.editText(written, HostileFiles.DOCUMENT, xml -> "<?xml version=\"1.0\" "
        + "encoding=\"UTF-8\" standalone=\"yes\"?><w:document xmlns:w=\"" + WordBody.W + "\" "
        + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
        + "<w:body>" + body + "</w:body></w:document>");
  }
}
