package uk.breachreport.core.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** What the bytes are, whatever the name: the kinds behind the "not an .xlsx: it is ..." reasons. */
class ContentKindTest {

  static Stream<Arguments> samples() {
    return Stream.of(
        kind(ContentKind.XLSX, HostileFiles::workbook),
        kind(ContentKind.DOCX, HostileFiles::document),
        kind(ContentKind.XLS, HostileFiles::legacyWorkbook),
        kind(ContentKind.ENCRYPTED, () -> HostileFiles.encrypted(HostileFiles.workbook())),
        kind(ContentKind.DOC, () -> ole2("WordDocument")),
        kind(ContentKind.OLE2, () -> ole2("PowerPoint Document")),
        kind(ContentKind.XLS_BIFF5, () -> ole2("Book")),
        kind(ContentKind.MSG, () -> ole2("__properties_version1.0")),
        kind(ContentKind.OLE2, () -> java.util.Arrays.copyOf(HostileFiles.legacyWorkbook(), 600)),
        kind(ContentKind.ZIP, () -> RawZip.write(java.util.List.of(
            RawZip.Entry.deflated("answer/readme.txt", "see the attached")))),
        kind(ContentKind.OOXML, () -> RawZip.write(java.util.List.of(
            RawZip.Entry.deflated("[Content_Types].xml", "<Types/>")))),
        kind(ContentKind.PPTX, () -> RawZip.write(java.util.List.of(
            RawZip.Entry.deflated("ppt/presentation.xml", "<p:presentation/>")))),
        kind(ContentKind.PDF, HostileFiles::pdf),
        kind(ContentKind.HTML, () -> text("\r\n  <!DOCTYPE html><html><body>", StandardCharsets.UTF_8)),
        kind(ContentKind.HTML, () -> text("<TABLE><TR><TD>Date</TD></TR></TABLE>", StandardCharsets.UTF_8)),
        kind(ContentKind.XML_SPREADSHEET, () -> text("<?xml version=\"1.0\"?>\n<?mso-application"
            + " progid=\"Excel.Sheet\"?><Workbook xmlns=\"urn:schemas-microsoft-com:office:spreadsheet\">",
            StandardCharsets.UTF_8)),
        kind(ContentKind.RTF, () -> text("{\\rtf1\\ansi Dear requester", StandardCharsets.US_ASCII)),
        kind(ContentKind.TEXT, () -> text("Date,Description\n05/06/2012,Fax misdirected\n", StandardCharsets.UTF_8)),
        kind(ContentKind.TEXT, () -> text("\uFEFFDate;Beschreibung\n", StandardCharsets.UTF_8)),
        kind(ContentKind.TEXT, () -> HostileFiles.concat(new byte[] {(byte) 0xFF, (byte) 0xFE},
            "Date\tDescription\r\n".getBytes(StandardCharsets.UTF_16LE))),
        kind(ContentKind.TEXT, () -> text("Caf\u00e9 \u00a35 fine\f\n", Charset.forName("windows-1252"))),
        kind(ContentKind.BINARY, () -> HostileFiles.random(300, 7)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void tellsWhatTheBytesAre(ContentKind expected, Supplier<byte[]> bytes) {
    assertEquals(expected, ContentKind.of(bytes.get()));
  }

  private static Arguments kind(ContentKind kind, Supplier<byte[]> bytes) {
    return Arguments.of(kind, bytes);
  }

  private static byte[] text(String text, Charset charset) {
    return text.getBytes(charset);
  }

  /** An OLE2 container holding one stream of the given name. */
  private static byte[] ole2(String stream) {
    try (POIFSFileSystem fs = new POIFSFileSystem()) {
      fs.createDocument(new java.io.ByteArrayInputStream(new byte[600]), stream);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      fs.writeFilesystem(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
