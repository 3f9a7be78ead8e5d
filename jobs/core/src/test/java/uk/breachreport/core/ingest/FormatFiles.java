package uk.breachreport.core.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Answers in the forms councils send, made by the tests: a PDF letter with a table laid out by
 * position, OpenDocument zips, a saved web page, an email with a workbook attached. The sample
 * generator makes its own from the same builders.
 */
public final class FormatFiles {

  private FormatFiles() {}

  /** A line of a PDF: its cells and the x position each starts at. */
  public record PdfLine(List<String> cells, List<Float> xs) {
    public static PdfLine text(String line) {
      return new PdfLine(List.of(line), List.of(56f));
    }
  }

  /**
   * Landscape A4 pages in 8-point Helvetica, one line every 14 points from the top, each cell
   * drawn at its own x; a new page when one is full.
   */
  public static byte[] pdf(List<PdfLine> lines) {
    try (PDDocument document = new PDDocument()) {
      PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
      PDRectangle landscape = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
      PDPageContentStream content = null;
      float y = 0;
      for (PdfLine line : lines) {
        if (content == null || y < 40) {
          if (content != null) {
            content.close();
          }
          PDPage page = new PDPage(landscape);
          document.addPage(page);
          content = new PDPageContentStream(document, page);
          y = landscape.getHeight() - 50;
        }
        for (int c = 0; c < line.cells().size(); c++) {
          content.beginText();
          content.setFont(font, 8);
          content.newLineAtOffset(line.xs().get(c), y);
          content.showText(line.cells().get(c));
          content.endText();
        }
        y -= 14;
      }
      if (content != null) {
        content.close();
      }
      return save(document);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A page with a drawn rectangle and no text: what a scanner's PDF looks like to a reader. */
  public static byte[] scannedPdf() {
    try (PDDocument document = new PDDocument()) {
      PDPage page = new PDPage();
      document.addPage(page);
      try (PDPageContentStream content = new PDPageContentStream(document, page)) {
        content.addRect(50, 50, 400, 600);
        content.fill();
      }
      return save(document);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Saved with a fixed file ID, which PDFBox would otherwise make from the clock. */
  private static byte[] save(PDDocument document) throws IOException {
    COSArray id = new COSArray();
    COSString fixed = new COSString("breach-report".getBytes(StandardCharsets.US_ASCII));
    id.add(fixed);
    id.add(fixed);
    document.getDocument().setDocumentID(id);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    document.save(out);
    return out.toByteArray();
  }

  static byte[] encryptedPdf() {
    try (PDDocument document = new PDDocument()) {
      document.addPage(new PDPage());
      StandardProtectionPolicy policy =
          new StandardProtectionPolicy("owner", "user", new AccessPermission());
      policy.setEncryptionKeyLength(128);
      document.protect(policy);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      document.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** An OpenDocument zip: the stored mimetype first, as the standard asks, then content.xml. */
  public static byte[] openDocument(String mimetype, String body) {
    String content = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
        + "<office:document-content"
        + " xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
        + " xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\""
        + " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" office:version=\"1.2\">"
        + "<office:body>" + body + "</office:body></office:document-content>";
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      byte[] type = mimetype.getBytes(StandardCharsets.US_ASCII);
      ZipEntry entry = new ZipEntry("mimetype");
      entry.setMethod(ZipEntry.STORED);
      entry.setSize(type.length);
      CRC32 crc = new CRC32();
      crc.update(type);
      entry.setCrc(crc.getValue());
      entry.setTime(0);
      zip.putNextEntry(entry);
      zip.write(type);
      zip.closeEntry();
      ZipEntry xml = new ZipEntry("content.xml");
      xml.setTime(0);
      zip.putNextEntry(xml);
      zip.write(content.getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** An .ods of one sheet, each row's cells as strings or, where they parse, floats. */
  public static byte[] ods(String sheet, List<List<String>> rows) {
    StringBuilder body = new StringBuilder("<office:spreadsheet><table:table table:name=\"")
        .append(escape(sheet)).append("\">");
    for (List<String> row : rows) {
      body.append("<table:table-row>");
      for (String cell : row) {
        if (cell.matches("-?[0-9]+")) {
          body.append("<table:table-cell office:value-type=\"float\" office:value=\"")
              .append(cell).append("\"><text:p>").append(cell).append("</text:p></table:table-cell>");
        } else {
          body.append("<table:table-cell office:value-type=\"string\"><text:p>")
              .append(escape(cell)).append("</text:p></table:table-cell>");
        }
      }
      body.append("<table:table-cell table:number-columns-repeated=\"1020\"/></table:table-row>");
    }
    body.append("<table:table-row table:number-rows-repeated=\"1048500\">"
        + "<table:table-cell table:number-columns-repeated=\"1024\"/></table:table-row>");
    body.append("</table:table></office:spreadsheet>");
    return openDocument("application/vnd.oasis.opendocument.spreadsheet", body.toString());
  }

  /** A workbook of one sheet of strings, as councils attach to their emails. */
  public static byte[] workbook(String sheet, List<List<String>> rows) {
    try (XSSFWorkbook workbook = new XSSFWorkbook()) {
      Sheet s = workbook.createSheet(sheet);
      for (int r = 0; r < rows.size(); r++) {
        Row row = s.createRow(r);
        for (int c = 0; c < rows.get(r).size(); c++) {
          row.createCell(c).setCellValue(rows.get(r).get(c));
        }
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      workbook.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** An attachment of an email: its name, MIME type, bytes and whether it is shown inline. */
  public record Attachment(String name, String type, byte[] bytes, boolean inline) {}

  /**
   * A MIME email: a quoted-printable plain body and its attachments in base64, as a mail client
   * saves it.
   */
  public static byte[] eml(String from, String subject, String body, List<Attachment> files) {
    String boundary = "----=_Part_0_1234.5678";
    StringBuilder mail = new StringBuilder()
        .append("From: ").append(from).append("\r\n")
        .append("To: requests@example.org\r\n")
        .append("Subject: ").append(subject).append("\r\n")
        .append("Date: Mon, 2 Jun 2014 10:00:00 +0100\r\n")
        .append("MIME-Version: 1.0\r\n")
        .append("Content-Type: multipart/mixed; boundary=\"").append(boundary).append("\"\r\n\r\n")
        .append("--").append(boundary).append("\r\n")
        .append("Content-Type: text/plain; charset=UTF-8\r\n")
        .append("Content-Transfer-Encoding: quoted-printable\r\n\r\n")
        .append(quotedPrintable(body)).append("\r\n");
    for (Attachment file : files) {
      mail.append("--").append(boundary).append("\r\n")
          .append("Content-Type: ").append(file.type()).append("; name=\"").append(file.name())
          .append("\"\r\n")
          .append("Content-Transfer-Encoding: base64\r\n")
          .append(file.inline() ? "Content-ID: <logo@example>\r\nContent-Disposition: inline"
              : "Content-Disposition: attachment")
          .append("; filename=\"").append(file.name()).append("\"\r\n\r\n")
          .append(Base64.getMimeEncoder().encodeToString(file.bytes())).append("\r\n");
    }
    mail.append("--").append(boundary).append("--\r\n");
    return mail.toString().getBytes(StandardCharsets.US_ASCII);
  }

  /** Non-ASCII and '=' encoded, lines kept short with soft breaks. */
  static String quotedPrintable(String text) {
    StringBuilder out = new StringBuilder();
    int column = 0;
    for (byte b : text.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xFF;
      String piece = c == '\r' || c == '\n' ? String.valueOf((char) c)
          : c == '=' || c > 126 ? String.format("=%02X", c) : String.valueOf((char) c);
      if (c == '\n') {
        column = 0;
      } else if (column + piece.length() > 72) {
        out.append("=\r\n");
        column = 0;
      }
      out.append(piece);
      column += c == '\n' ? 0 : piece.length();
    }
    return out.toString();
  }

  static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        .replace("\"", "&quot;");
  }

  /** A zip of answers, each entry its path and bytes. */
  public static byte[] zip(List<String> names, List<byte[]> contents) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      for (int i = 0; i < names.size(); i++) {
        ZipEntry entry = new ZipEntry(names.get(i));
        entry.setTime(0);
        zip.putNextEntry(entry);
        zip.write(contents.get(i));
        zip.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
