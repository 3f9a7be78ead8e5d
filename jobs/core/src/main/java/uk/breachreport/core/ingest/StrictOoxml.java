package uk.breachreport.core.ingest;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;

/**
 * A Strict OOXML workbook ("Strict Open XML Spreadsheet" in Excel's Save As) rewritten as the
 * Transitional form POI reads: the two differ in their namespace and relationship URIs, not in
 * the structure of sheets and cells. Only .xml and .rels entries are touched, after {@link
 * ZipScan} has bounded them.
 */
final class StrictOoxml {

  /** Strict's URIs and their Transitional twins; the specific before their common prefixes. */
  private static final Map<String, String> URIS = new LinkedHashMap<>();

  static {
    String strict = "http://purl.oclc.org/ooxml/";
    String transitional = "http://schemas.openxmlformats.org/";
    URIS.put(strict + "officeDocument/relationships/extendedProperties",
        transitional + "officeDocument/2006/relationships/extended-properties");
    URIS.put(strict + "officeDocument/extendedProperties",
        transitional + "officeDocument/2006/extended-properties");
    URIS.put(strict + "officeDocument/relationships", transitional + "officeDocument/2006/relationships");
    URIS.put(strict + "officeDocument/sharedTypes", transitional + "officeDocument/2006/sharedTypes");
    URIS.put(strict + "officeDocument/docPropsVTypes", transitional + "officeDocument/2006/docPropsVTypes");
    URIS.put(strict + "spreadsheetml/main", transitional + "spreadsheetml/2006/main");
    URIS.put(strict + "drawingml/main", transitional + "drawingml/2006/main");
    URIS.put(strict + "drawingml/spreadsheetDrawing", transitional + "drawingml/2006/spreadsheetDrawing");
    URIS.put(strict + "drawingml/chart", transitional + "drawingml/2006/chart");
  }

  private static final String STRICT_DOCUMENT =
      "http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument";

  private StrictOoxml() {}

  /** Whether the package's root relationships name a Strict main document. */
  static boolean isStrict(byte[] bytes) throws IOException {
    try (ZipArchiveInputStream zip = open(bytes)) {
      ZipArchiveEntry entry;
      while ((entry = zip.getNextEntry()) != null) {
        if (entry.getName().equals("_rels/.rels")) {
          return new String(zip.readAllBytes(), StandardCharsets.UTF_8).contains(STRICT_DOCUMENT);
        }
      }
    }
    return false;
  }

  static byte[] toTransitional(byte[] bytes) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length * 2);
    try (ZipArchiveInputStream zip = open(bytes); ZipOutputStream rewritten = new ZipOutputStream(out)) {
      ZipArchiveEntry entry;
      while ((entry = zip.getNextEntry()) != null) {
        byte[] data = zip.readAllBytes();
        String name = entry.getName().toLowerCase(Locale.ROOT);
        if (name.endsWith(".xml") || name.endsWith(".rels")) {
          String xml = new String(data, StandardCharsets.UTF_8);
          for (Map.Entry<String, String> uri : URIS.entrySet()) {
            xml = xml.replace(uri.getKey(), uri.getValue());
          }
          data = xml.getBytes(StandardCharsets.UTF_8);
        }
        rewritten.putNextEntry(new ZipEntry(entry.getName()));
        rewritten.write(data);
        rewritten.closeEntry();
      }
    }
    return out.toByteArray();
  }

  private static ZipArchiveInputStream open(byte[] bytes) {
    return new ZipArchiveInputStream(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8.name(),
        false, true);
  }
}
