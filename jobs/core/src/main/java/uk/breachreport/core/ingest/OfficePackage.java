package uk.breachreport.core.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * An .xlsx/.docx zip as {@link ZipScan} met it, read as an Open Packaging package without POI's
 * OPCPackage: part names, content types and relationships, each part inflated once (kept by the
 * scan) or streamed again from the zip's bytes when it was too large to keep. Only the plain
 * packages Office and its peers write are read here; anything POI might judge differently (an
 * odd part name, a part without content type, a relationship it would not resolve) makes
 * {@link #parts()} throw {@link NotPlain}, and the reader leaves that file to POI as before.
 */
final class OfficePackage {

  /** Below this file size every entry is kept inflated, as POI itself holds them all. */
  static final int KEEP_ALL_BELOW = XlsxReader.IN_MEMORY_BYTES;
  /** Above it, the small parts only: a sheet of a million rows is streamed from the zip. */
  static final long KEEP_OF_LARGE = 16L * 1024 * 1024;
  static final String RELATIONSHIPS = "http://schemas.openxmlformats.org/package/2006/relationships";
  static final String CONTENT_TYPES = "http://schemas.openxmlformats.org/package/2006/content-types";
  static final String OFFICE_DOCUMENT =
      "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument";
  private static final String CONTENT_TYPES_ENTRY = "[Content_Types].xml";
  private static final String CORE_PROPERTIES =
      "application/vnd.openxmlformats-package.core-properties+xml";
  private static final String CORE_PROPERTIES_RELATIONSHIP =
      "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties";
  /** Names POI turns into the same part name without question: no escapes, spaces or dot segments. */
  private static final Pattern PLAIN_NAME =
      Pattern.compile("(?:[A-Za-z0-9_\\-]+(?:\\.[A-Za-z0-9_\\-]+)*/)*(?:[A-Za-z0-9_\\-]*(?:\\.[A-Za-z0-9_\\-]+)*)");
  /** One segment of a relationship's target, by the same rule. */
  private static final Pattern PLAIN_SEGMENT =
      Pattern.compile("\\.?[A-Za-z0-9_\\-]+(?:\\.[A-Za-z0-9_\\-]+)*");
  private static final Pattern PLAIN_TYPE = Pattern.compile("[A-Za-z0-9.+\\-]+/[A-Za-z0-9.+\\-]+");

  /** One zip entry; {@code data} is null when it was not kept and is inflated again on demand. */
  record Entry(String name, boolean directory, byte[] data) {}

  /**
   * A relationship of a part, its internal target resolved to a part name ("/xl/workbook.xml");
   * an external target as written.
   */
  record Relationship(String id, String type, String target, boolean external) {}

  /** Why a package is left to POI: something in it this reader does not claim to read as POI does. */
  static final class NotPlain extends Exception {
    private static final long serialVersionUID = 1L;

    NotPlain(String why) {
      super(why, null, false, false);
    }
  }

  private final byte[] zip;
  private final List<Entry> entries;
  /** Entry index by part name in lower case, as OPC compares part names; built by parts(). */
  private Map<String, Integer> parts;
  private Map<String, String> defaults;
  private Map<String, String> overrides;

  OfficePackage(byte[] zip, List<Entry> entries) {
    this.zip = zip;
    this.entries = List.copyOf(entries);
  }

  /** What the scan keeps of a file of this many bytes. */
  static long keepBytes(int fileBytes) {
    return fileBytes <= KEEP_ALL_BELOW ? Long.MAX_VALUE : KEEP_OF_LARGE;
  }

  byte[] zip() {
    return zip;
  }

  /** The entries in the order the scan met them. */
  List<Entry> entries() {
    return entries;
  }

  /**
   * This package as POI reads it after {@link StrictOoxml}: a Strict workbook's XML with the
   * Transitional URIs, any other package as it is.
   */
  OfficePackage transitional() throws IOException, NotPlain {
    int root = 0;
    while (root < entries.size() && !entries.get(root).name().equals(StrictOoxml.ROOT_RELATIONSHIPS)) {
      root++; // the first entry of that name, as StrictOoxml.isStrict finds it
    }
    if (root == entries.size() || !StrictOoxml.namesStrictDocument(bytes(root))) {
      return this;
    }
    List<Entry> rewritten = new ArrayList<>();
    for (Entry e : entries) {
      if (StrictOoxml.rewrites(e.name()) && e.data() == null) {
        throw new NotPlain("a Strict package too large to keep: " + e.name());
      }
      rewritten.add(StrictOoxml.rewrites(e.name())
          ? new Entry(e.name(), e.directory(), StrictOoxml.transitional(e.data())) : e);
    }
    return new OfficePackage(zip, rewritten);
  }

  /**
   * Checks the package is plain (see the class comment) and indexes its parts: every entry a
   * plain name, no two the same part, [Content_Types].xml present and giving each part a type,
   * every relationships part well formed.
   */
  OfficePackage parts() throws NotPlain, IOException, SAXException {
    if (parts != null) {
      return this;
    }
    Map<String, Integer> index = new HashMap<>();
    int types = -1;
    for (int i = 0; i < entries.size(); i++) {
      String name = entries.get(i).name();
      if (name.equals(CONTENT_TYPES_ENTRY)) {
        if (types >= 0) {
          throw new NotPlain("two content types parts");
        }
        types = i;
        continue;
      }
      if (name.endsWith("/") || name.startsWith("[trash]")) {
        continue; // folders and Word's deleted parts: POI ignores them too
      }
      if (!PLAIN_NAME.matcher(name).matches() || name.isEmpty()) {
        throw new NotPlain("entry name " + name);
      }
      if (index.put(partName(name), i) != null) {
        throw new NotPlain("two parts named " + name);
      }
    }
    if (types < 0) {
      throw new NotPlain("no content types part");
    }
    for (String part : index.keySet()) {
      for (int slash = part.indexOf('/', 1); slash > 0; slash = part.indexOf('/', slash + 1)) {
        if (index.containsKey(part.substring(0, slash))) {
          throw new NotPlain("a part inside part " + part.substring(0, slash)); // OPC rule M1.11
        }
      }
    }
    readContentTypes(bytes(types));
    for (String part : index.keySet()) {
      if (contentType(part) == null) {
        throw new NotPlain("no content type for " + part);
      }
    }
    parts = index; // open() finds the parts checked next through it
    try {
      for (String part : index.keySet()) {
        if (part.endsWith(".rels")) {
          relationshipsIn(part); // POI reads every one when it opens a package
        }
        if (CORE_PROPERTIES.equals(contentType(part))) {
          try (InputStream in = open(part)) {
            CoreProperties.check(in); // and these, refusing a package over some of their rules
          }
        }
      }
    } catch (NotPlain | IOException | SAXException | RuntimeException e) {
      parts = null; // not plain, and not to be taken for it by a second call
      throw e;
    }
    return this;
  }

  /** Whether a part exists, its name compared without case. */
  boolean has(String partName) {
    return parts.containsKey(partName.toLowerCase(Locale.ROOT));
  }

  /** The part's content type, as [Content_Types].xml gives it; null for none. */
  String contentType(String partName) {
    String lower = partName.toLowerCase(Locale.ROOT);
    String override = overrides.get(lower);
    if (override != null) {
      return override;
    }
    int dot = lower.lastIndexOf('.');
    return dot < lower.lastIndexOf('/') ? null : defaults.get(lower.substring(dot + 1));
  }

  /** The parts of one content type, sorted by name. */
  List<String> partsOfType(String contentType) {
    List<String> found = new ArrayList<>();
    for (String part : parts.keySet()) {
      if (contentType.equals(contentType(part))) {
        found.add(part);
      }
    }
    found.sort(null);
    return found;
  }

  /** A part's bytes, inflated now if the scan did not keep them. */
  byte[] bytes(String partName) throws IOException, NotPlain {
    return bytes(index(partName));
  }

  /** A part's bytes as a stream, from memory or inflated again from the zip. */
  InputStream open(String partName) throws IOException, NotPlain {
    int i = index(partName);
    byte[] data = entries.get(i).data();
    return data != null ? new ByteArrayInputStream(data) : inflate(i);
  }

  /**
   * The relationships of a part ("/" for the package's own), internal targets resolved; none when
   * it has no relationships part.
   */
  List<Relationship> relationships(String source) throws IOException, SAXException, NotPlain {
    String rels = source.equals("/") ? "/_rels/.rels"
        : source.substring(0, source.lastIndexOf('/') + 1) + "_rels/"
            + source.substring(source.lastIndexOf('/') + 1) + ".rels";
    if (!has(rels)) {
      return List.of();
    }
    List<Relationship> found = new ArrayList<>();
    for (Relationship r : relationshipsIn(rels)) {
      found.add(r.external() ? r
          : new Relationship(r.id(), r.type(), resolve(source, r.target()), false));
    }
    return found;
  }

  /** The one target of a relationship type from a part, or NotPlain if there is not exactly one. */
  String only(String source, String type) throws IOException, SAXException, NotPlain {
    String target = null;
    for (Relationship r : relationships(source)) {
      if (r.type().equals(type)) {
        if (target != null || r.external()) {
          throw new NotPlain("a second or external relationship of type " + type);
        }
        target = r.target();
      }
    }
    if (target == null || !has(target)) {
      throw new NotPlain("no part for " + type + " from " + source);
    }
    return target;
  }

  private int index(String partName) throws NotPlain {
    Integer i = parts.get(partName.toLowerCase(Locale.ROOT));
    if (i == null) {
      throw new NotPlain("no part " + partName);
    }
    return i;
  }

  private byte[] bytes(int i) throws IOException {
    byte[] data = entries.get(i).data();
    if (data != null) {
      return data;
    }
    try (InputStream in = inflate(i)) {
      return in.readAllBytes();
    }
  }

  /** Entry i inflated again, with the stream and settings of the scan that held it to the limits. */
  private InputStream inflate(int i) throws IOException {
    ZipArchiveInputStream in = new ZipArchiveInputStream(new ByteArrayInputStream(zip),
        StandardCharsets.UTF_8.name(), false, true);
    for (int skipped = 0; skipped <= i; skipped++) {
      in.getNextEntry();
    }
    return in;
  }

  private static String partName(String entryName) {
    return "/" + entryName.toLowerCase(Locale.ROOT);
  }

  /**
   * A relationship's target as a part name, resolved against its source's folder as a URI is.
   * Anything but a plain path (an escape, a scheme, a query) is left to POI.
   */
  static String resolve(String source, String target) throws NotPlain {
    if (target == null || target.isEmpty()) {
      throw new NotPlain("relationship without target");
    }
    Deque<String> path = new ArrayDeque<>();
    if (!target.startsWith("/")) {
      String folder = source.substring(0, source.lastIndexOf('/'));
      for (String segment : folder.split("/")) {
        if (!segment.isEmpty()) {
          path.addLast(segment);
        }
      }
    }
    String[] segments = target.split("/");
    for (int i = 0; i < segments.length; i++) {
      String segment = segments[i];
      if (segment.equals("..")) {
        if (path.isEmpty()) {
          throw new NotPlain("relationship target " + target + " above the package");
        }
        path.removeLast();
      } else if (segment.isEmpty() && i == 0 || segment.equals(".")) {
        continue; // the leading "/" of an absolute target; "." is the folder itself
      } else if (!PLAIN_SEGMENT.matcher(segment).matches()) {
        throw new NotPlain("relationship target " + target);
      } else {
        path.addLast(segment);
      }
    }
    return "/" + String.join("/", path);
  }

  private void readContentTypes(byte[] xml) throws IOException, SAXException, NotPlain {
    Map<String, String> byExtension = new HashMap<>();
    Map<String, String> byPart = new HashMap<>();
    List<String> odd = new ArrayList<>();
    XlsxReader.parse(new DefaultHandler() {
      @Override
      public void startElement(String uri, String localName, String qName, Attributes a) {
        if (!CONTENT_TYPES.equals(uri)) {
          return;
        }
        String type = a.getValue("ContentType");
        if (localName.equals("Default")) {
          String extension = a.getValue("Extension");
          if (extension == null || type == null || !PLAIN_TYPE.matcher(type).matches()) {
            odd.add("Default " + extension);
          } else {
            byExtension.put(extension.toLowerCase(Locale.ROOT), type);
          }
        } else if (localName.equals("Override")) {
          String part = a.getValue("PartName");
          if (part == null || !part.startsWith("/") || type == null
              || !PLAIN_NAME.matcher(part.substring(1)).matches()
              || !PLAIN_TYPE.matcher(type).matches()) {
            odd.add("Override " + part);
          } else {
            byPart.put(part.toLowerCase(Locale.ROOT), type);
          }
        }
      }
    }, new ByteArrayInputStream(xml));
    if (!odd.isEmpty()) {
      throw new NotPlain("content types " + odd);
    }
    defaults = byExtension;
    overrides = byPart;
  }

  /** A relationships part's relationships as POI finds them (anywhere in it), targets as written. */
  private List<Relationship> relationshipsIn(String rels)
      throws IOException, SAXException, NotPlain {
    List<Relationship> found = new ArrayList<>();
    List<String> odd = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    int[] core = {0};
    DefaultHandler handler = new DefaultHandler() {
      @Override
      public void startElement(String uri, String localName, String qName, Attributes a) {
        if (RELATIONSHIPS.equals(uri) && localName.equals("Relationship")) {
          String id = a.getValue("Id");
          String mode = a.getValue("TargetMode");
          boolean external = mode != null && !mode.toLowerCase(Locale.ROOT).equals("internal");
          if (id == null || id.isEmpty() || !ids.add(id) || a.getValue("Type") == null) {
            odd.add("relationship " + id);
          } else if (a.getValue("Type").equals(CORE_PROPERTIES_RELATIONSHIP) && ++core[0] > 1) {
            odd.add("a second core properties relationship"); // OPC rule M4.1
          } else {
            found.add(new Relationship(id, a.getValue("Type"), a.getValue("Target"), external));
          }
        }
      }
    };
    try (InputStream in = open(rels)) {
      XlsxReader.parse(handler, in);
    }
    if (!odd.isEmpty()) {
      throw new NotPlain(rels + ": " + odd);
    }
    return found;
  }
}
