package uk.breachreport.core.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Element;

/**
 * The HTML of the fixture model, compared byte for byte with reviewed golden files. Run with
 * {@code -Dgolden.update=true} to rewrite them after an intended change, then review the diff.
 */
class ReportGoldenTest {

  private static final Path GOLDEN = Path.of("src/test/resources/golden");
  private static final ReportRenderer RENDERER = new ReportRenderer();

  static Stream<Arguments> pages() {
    ReportModel model = ReportFixture.model();
    return Stream.of(
        Arguments.of("index.html", RENDERER.indexHtml(model)),
        Arguments.of("index-print.html", RENDERER.printHtml(model)),
        Arguments.of("council-E06000045.html",
            RENDERER.councilHtml(model, model.councils().get(0))),
        Arguments.of("council-S12000036.html",
            RENDERER.councilHtml(model, model.councils().get(3))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("pages")
  void matchesGoldenFile(String name, String html) throws IOException {
    Path golden = GOLDEN.resolve(name);
    if (Boolean.getBoolean("golden.update")) {
      Files.createDirectories(GOLDEN);
      Files.writeString(golden, html, StandardCharsets.UTF_8);
    }
    assertEquals(Files.readString(golden, StandardCharsets.UTF_8), html,
        name + " differs from its golden file; if the change is intended, rerun with"
            + " -Dgolden.update=true and review the diff");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("pages")
  void isWellFormedXhtml(String name, String html) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    // parse throws on text that is not well-formed XML; the root says it is XHTML, as the PDF
    // renderer needs.
    Element root = factory.newDocumentBuilder()
        .parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)))
        .getDocumentElement();
    assertEquals("http://www.w3.org/1999/xhtml", root.getNamespaceURI(), name);
    assertEquals("html", root.getLocalName(), name);
    assertEquals(1, root.getElementsByTagNameNS(root.getNamespaceURI(), "body").getLength(), name);
  }
}
