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

  static final String ROOT_RELATIONSHIPS = "_rels/.rels";
  private static final String STRICT_DOCUMENT =
      "http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument";

  private StrictOoxml() {}

  /** Whether the package's root relationships name a Strict main document. */
  static boolean isStrict(byte[] bytes) throws IOException {
    try (ZipArchiveInputStream zip = open(bytes)) {
      ZipArchiveEntry entry;
      while ((entry = zip.getNextEntry()) != null) {
        if (entry.getName().equals(ROOT_RELATIONSHIPS)) {
          return namesStrictDocument(zip.readAllBytes());
        }
      }
    }
    return false;
  }

  /** Whether root relationships (the bytes of _rels/.rels) name a Strict main document. */
  static boolean namesStrictDocument(byte[] rootRelationships) {
    return new String(rootRelationships, StandardCharsets.UTF_8).contains(STRICT_DOCUMENT);
  }

  /** Whether an entry is rewritten: the package's XML, relationships included. */
  static boolean rewrites(String entryName) {
    String name = entryName.toLowerCase(Locale.ROOT);
    return name.endsWith(".xml") || name.endsWith(".rels");
  }

  /** One entry's XML with Strict's URIs replaced by their Transitional twins. */
  static byte[] transitional(byte[] xml) {
    String text = new String(xml, StandardCharsets.UTF_8);
    for (Map.Entry<String, String> uri : URIS.entrySet()) {
      text = text.replace(uri.getKey(), uri.getValue());
    }
    return text.getBytes(StandardCharsets.UTF_8);
  }

  static byte[] toTransitional(byte[] bytes) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length * 2);
    try (ZipArchiveInputStream zip = open(bytes); ZipOutputStream rewritten = new ZipOutputStream(out)) {
      ZipArchiveEntry entry;
      while ((entry = zip.getNextEntry()) != null) {
        byte[] data = zip.readAllBytes();
        rewritten.putNextEntry(new ZipEntry(entry.getName()));
        rewritten.write(rewrites(entry.getName()) ? transitional(data) : data);
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
