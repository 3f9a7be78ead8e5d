package uk.breachreport.core.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;
import org.jsoup.select.NodeVisitor;
import uk.breachreport.core.model.RowSink;
import uk.breachreport.core.model.SheetRow;

/**
 * Reads a saved answer page, or an email's HTML body: the text outside tables as the "Letter"
 * sheet (one row a paragraph, heading or list item), then each table as "Table N", a cell spanning
 * columns giving its text to the first and blanks to the rest, as a merged cell in a workbook
 * does. jsoup never fetches anything and knows no entities beyond HTML's own.
 */
final class HtmlReader {

  /** A footnote's mark: a number, an asterisk or dagger, a letter (not "st", "nd": ordinals). */
  private static final Pattern FOOTNOTE_MARK = Pattern.compile("\\(?(\\d{1,2}|[*\u2020\u2021\u00a7]{1,3}|[a-z])\\)?");
  private static final Pattern AFTER_FIGURE = Pattern.compile("\\d\\s*$");

  private HtmlReader() {}

  /** {@code preamble}: lines that come before the page's own (an email's subject). */
  static void read(String html, List<String> preamble, RowSink sink, IngestLimits limits) {
    Document document = Jsoup.parse(html);
    document.select("script, style, head, template").remove();
    // A footnote marker after a figure is not part of it: "19<sup>1</sup>" read as 191 breaches.
    for (Element sup : document.select("sup")) {
      if (FOOTNOTE_MARK.matcher(sup.text().strip()).matches()
          && sup.previousSibling() instanceof TextNode before
          && AFTER_FIGURE.matcher(before.text()).find()) {
        sup.remove();
      }
    }
    sink.startSheet(DocxReader.LETTER);
    int number = 0;
    List<String> lines = new ArrayList<>(preamble);
    lines.addAll(paragraphs(document.body()));
    for (String line : lines) {
      sink.row(new SheetRow(++number, List.of(line)));
    }
    sink.endSheet();
    int t = 0;
    for (Element table : document.select("table")) {
      sink.startSheet("Table " + (++t));
      int row = 0;
      for (Element tr : rows(table)) {
        List<String> cells = new ArrayList<>();
        for (Element cell : tr.children()) {
          if (!cell.nameIs("td") && !cell.nameIs("th")) {
            continue;
          }
          cells.add(cell.text());
          int span = Math.min(span(cell), limits.maxColumns());
          for (int s = 1; s < span && cells.size() < limits.maxColumns(); s++) {
            cells.add("");
          }
        }
        sink.row(new SheetRow(++row, cells));
      }
      sink.endSheet();
    }
  }

  /** A table's own rows, not those of a table nested in one of its cells. */
  private static Elements rows(Element table) {
    Elements rows = new Elements();
    for (Element child : table.children()) {
      if (child.nameIs("tr")) {
        rows.add(child);
      } else if (child.nameIs("thead") || child.nameIs("tbody") || child.nameIs("tfoot")) {
        child.children().stream().filter(e -> e.nameIs("tr")).forEach(rows::add);
      }
    }
    return rows;
  }

  private static int span(Element cell) {
    try {
      return Math.max(1, Integer.parseInt(cell.attr("colspan").strip()));
    } catch (NumberFormatException e) {
      return 1;
    }
  }

  /** The text outside tables, broken where a block element (or a line break) starts or ends. */
  static List<String> paragraphs(Element body) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    if (body == null) {
      return lines;
    }
    Runnable flush = () -> {
      String text = line.toString().replace('\u00A0', ' ').replaceAll("\\s+", " ").strip();
      if (!text.isEmpty()) {
        lines.add(text);
      }
      line.setLength(0);
    };
    body.traverse(new NodeVisitor() {
      private int inTable;

      @Override
      public void head(Node node, int depth) {
        if (node instanceof Element e && e.nameIs("table")) {
          inTable++;
          flush.run();
        } else if (inTable == 0 && node instanceof TextNode text) {
          line.append(text.getWholeText());
        } else if (inTable == 0 && node instanceof Element e && (e.isBlock() || e.nameIs("br"))) {
          flush.run();
        }
      }

      @Override
      public void tail(Node node, int depth) {
        if (node instanceof Element e && e.nameIs("table")) {
          inTable--;
        } else if (inTable == 0 && node instanceof Element e && e.isBlock()) {
          flush.run();
        }
      }
    });
    flush.run();
    return lines;
  }
}
