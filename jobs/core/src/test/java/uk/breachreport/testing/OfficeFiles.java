package uk.breachreport.testing;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * Writes generated workbooks and documents as a council's FOI team saved them at one fixed time,
 * so that the same generator always writes the same bytes (the sample and the test fixtures are
 * kept in git and checked for regeneration).
 */
public final class OfficeFiles {

  private final LocalDateTime saved;

  public OfficeFiles(LocalDateTime saved) {
    this.saved = saved;
  }

  public void save(Workbook wb, Path file) throws IOException {
    if (wb instanceof XSSFWorkbook xssf) {
      fixDates(xssf.getProperties().getCoreProperties());
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    wb.write(bytes);
    wb.close();
    Files.write(file, wb instanceof XSSFWorkbook ? restamp(bytes.toByteArray()) : bytes.toByteArray());
  }

  public void save(XWPFDocument doc, Path file) throws IOException {
    fixDates(doc.getProperties().getCoreProperties());
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    doc.write(bytes);
    doc.close();
    Files.write(file, restamp(bytes.toByteArray()));
  }

  private void fixDates(POIXMLProperties.CoreProperties core) {
    Date at = Date.from(saved.toInstant(ZoneOffset.UTC));
    core.setCreated(Optional.of(at));
    core.setModified(Optional.of(at));
    core.setCreator("FOI Team");
  }

  /** The same zip with every entry stamped at the save time, so the bytes do not depend on the clock. */
  private byte[] restamp(byte[] zip) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
        ZipOutputStream rezipped = new ZipOutputStream(out)) {
      for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        ZipEntry copy = new ZipEntry(entry.getName());
        copy.setTimeLocal(saved);
        rezipped.putNextEntry(copy);
        in.transferTo(rezipped);
        rezipped.closeEntry();
      }
    }
    return out.toByteArray();
  }
}
