package uk.breachreport.core.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * XML entities in every part of an .xlsx or .docx: refused by {@link ZipScan} first, and refused
 * again by POI's own parsers when the scan is bypassed, so the local file behind an external
 * entity is never read and an entity URL is never fetched.
 */
class XmlEntitiesTest {

  private static HttpServer server;
  private static final AtomicInteger REQUESTS = new AtomicInteger();

  @BeforeAll
  static void listen() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", exchange -> {
      REQUESTS.incrementAndGet();
      byte[] body = HostileFilesTest.MARKER.getBytes(StandardCharsets.UTF_8);
      exchange.sendResponseHeaders(200, body.length);
      exchange.getResponseBody().write(body);
      exchange.close();
    });
    server.start();
  }

  @AfterAll
  static void stop() {
    server.stop(0);
  }

  /** The entity files twice over: pointing at the marker file and at the listening server. */
  static Stream<HostileFiles.Hostile> entityFiles() {
    String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/entity";
    return Stream.of(HostileFilesTest.SECRET.toUri().toString(), url)
        .flatMap(target -> HostileFiles.all(target).stream())
        .filter(h -> h.file().contains("xxe") || h.file().contains("laughs"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("entityFiles")
  void poiRefusesTheDoctypeWithoutTheScan(HostileFiles.Hostile hostile) {
    DocumentReader.guardPoi(IngestLimits.DEFAULT);
    HostileFilesTest.MarkerWatch sink = new HostileFilesTest.MarkerWatch();
    UnreadableFileException e = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
      try {
        if (hostile.file().endsWith(".docx")) {
          DocxReader.readWithPoi(hostile.bytes().get(), sink);
        } else {
          XlsxReader.readWithPoi(hostile.bytes().get(), sink, IngestLimits.DEFAULT,
              XlsxReader.IN_MEMORY_BYTES);
        }
        return null;
      } catch (UnreadableFileException refused) {
        return refused;
      }
    });
    assertTrue(e != null && e.getMessage().startsWith("corrupt "),
        () -> "POI read the file: " + (e == null ? "no error" : e.getMessage()));
    // POI logs the refused DOCTYPE of a relations part and then finds no workbook behind it.
    String why = hostile.file().contains("relationships")
        ? "no core document found" : "DOCTYPE is disallowed";
    assertTrue(causes(e).stream().anyMatch(m -> m.contains(why)),
        () -> "refused for another reason: " + causes(e));
    assertFalse(sink.seen);
    assertFalse(causes(e).stream().anyMatch(m -> m.contains(HostileFilesTest.MARKER)));
    assertEquals(0, REQUESTS.get(), "a parser fetched the entity's URL");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("entityFiles")
  void theScanRefusesItFirst(HostileFiles.Hostile hostile) throws Exception {
    HostileFilesTest.MarkerWatch sink = new HostileFilesTest.MarkerWatch();
    UnreadableFileException e = org.junit.jupiter.api.Assertions.assertThrows(
        UnreadableFileException.class, () -> DocumentReader.read(hostile.file(), hostile.bytes().get(), sink));
    assertTrue(e.getMessage().startsWith("refused: entry '"), e.getMessage());
    assertEquals(0, REQUESTS.get());
  }

  @Test
  void aDoctypeSplitAcrossReadBuffersIsFound() {
    ZipScan.DoctypeFinder finder = new ZipScan.DoctypeFinder();
    assertFalse(feed(finder, "<?xml version=\"1.0\"?><!DOC"));
    assertTrue(feed(finder, "TYPE worksheet>"));
  }

  @Test
  void aDoctypeInUtf16IsFound() {
    byte[] utf16 = "<!DOCTYPE x>".getBytes(StandardCharsets.UTF_16LE);
    assertTrue(new ZipScan.DoctypeFinder().found(utf16, utf16.length));
  }

  @Test
  void anEscapedDoctypeInACellIsText() throws Exception {
    byte[] xlsx = HostileFiles.withSheetRow("<row r=\"9\"><c r=\"A9\" t=\"inlineStr\"><is><t>"
        + "&lt;!DOCTYPE is what the council typed</t></is></c></row>");
    CollectingSink sink = new CollectingSink();
    DocumentReader.read("log.xlsx", xlsx, sink);
    assertEquals("<!DOCTYPE is what the council typed", sink.rows.get(3).cell(0));
  }

  private static boolean feed(ZipScan.DoctypeFinder finder, String text) {
    byte[] bytes = text.getBytes(StandardCharsets.US_ASCII);
    return finder.found(bytes, bytes.length);
  }

  private static List<String> causes(Throwable e) {
    return Stream.iterate(e, t -> t != null, Throwable::getCause).map(String::valueOf).toList();
  }
}
