package uk.breachreport.core.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * A Word document's body read with SAX into what {@link DocxReader} gives from XWPF: the text of
 * each body-level paragraph as {@code XWPFParagraph.getText} gives it (runs' text, tabs, breaks,
 * hyperlinks' and simple fields' runs, tracked insertions, deleted runs left out), and each
 * body-level table's rows of cells as {@code XWPFTableCell.getText} gives them (the cell's own
 * paragraphs run together, a nested table not included), each cell followed by a blank per extra
 * grid column it spans (at most {@link DocxReader#MAX_SPAN}). Content controls at body level are
 * left out, as XWPF's body elements hold them as neither paragraphs nor tables.
 *
 * <p>What XWPF reads in ways not copied here (footnote references, which add the footnote's
 * text; capitals set on a run; check boxes; text inside pictures; content controls inside a
 * paragraph; anything unexpected in a paragraph) makes {@link #read} throw {@link LeftToXwpf}, and
 * the document is read by XWPF as before.
 */
record WordBody(List<String> paragraphs, List<List<List<String>>> tables) {

  static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
  /** Far deeper than any letter; XMLBeans itself stops at 1,000 and POI's message says so. */
  private static final int MAX_DEPTH = 200;
  /** Children of a paragraph (or of a run of tracked changes) that hold no text for XWPF. */
  private static final Set<String> NO_TEXT = Set.of("pPr", "bookmarkStart", "bookmarkEnd",
      "proofErr", "commentRangeStart", "commentRangeEnd", "permStart", "permEnd", "smartTagPr");
  private static final Set<String> TRACKED = Set.of("ins", "del", "moveFrom", "moveTo");

  /** A construct XWPF reads in a way this reader does not copy. */
  static final class LeftToXwpf extends SAXException {
    private static final long serialVersionUID = 1L;

    LeftToXwpf(String what) {
      super("left to XWPF: " + what);
    }
  }

  static WordBody read(InputStream document) throws IOException, SAXException {
    Handler handler = new Handler();
    XlsxReader.parse(handler, document);
    if (!handler.stack.isEmpty() || !handler.seenDocument) {
      throw new LeftToXwpf("no w:document");
    }
    return new WordBody(Collections.unmodifiableList(handler.paragraphs),
        Collections.unmodifiableList(handler.tables));
  }

  private enum Kind {
    DOCUMENT, BODY, SKIP, PARAGRAPH, SMART_TAG, RUNS_ONLY, TRACKED, RUN, TEXT, RUN_PROPERTIES,
    FIELD_CHAR, PICTURE, TABLE, ROW, CELL, CELL_PROPERTIES
  }

  /** One open element and what it gathers. */
  private static final class Frame {
    final Kind kind;
    final StringBuilder text = new StringBuilder();
    boolean deleted;
    boolean propertiesSeen;
    int span = 1;
    final List<String> cells = new ArrayList<>();
    final List<List<String>> rows = new ArrayList<>();

    Frame(Kind kind) {
      this.kind = kind;
    }
  }

  private static final class Handler extends DefaultHandler {
    private final List<String> paragraphs = new ArrayList<>();
    private final List<List<List<String>>> tables = new ArrayList<>();
    private final Deque<Frame> stack = new ArrayDeque<>();
    private boolean seenDocument;
    /** The paragraph being read: paragraphs never nest, whatever holds them. */
    private Frame paragraph;
    private Frame run;

    @Override
    public void startElement(String uri, String local, String qName, Attributes attributes)
        throws SAXException {
      if (stack.size() >= MAX_DEPTH) {
        throw new LeftToXwpf("elements nested more than " + MAX_DEPTH + " deep");
      }
      boolean w = W.equals(uri);
      if (stack.isEmpty()) {
        if (!w || !local.equals("document") || seenDocument) {
          throw new LeftToXwpf("root " + qName);
        }
        seenDocument = true;
        stack.push(new Frame(Kind.DOCUMENT));
        return;
      }
      Frame top = stack.peek();
      Kind next = switch (top.kind) {
        case DOCUMENT -> w && local.equals("body") ? Kind.BODY : Kind.SKIP;
        case BODY -> w && local.equals("p") ? Kind.PARAGRAPH
            : w && local.equals("tbl") ? Kind.TABLE : Kind.SKIP; // w:sdt too, as XWPF
        case PARAGRAPH, SMART_TAG -> inParagraph(w, local, qName);
        case RUNS_ONLY -> w && local.equals("r") ? Kind.RUN : Kind.SKIP;
        case TRACKED -> {
          if (w && local.equals("r")) {
            yield Kind.RUN;
          }
          if (w && NO_TEXT.contains(local)) {
            yield Kind.SKIP;
          }
          throw new LeftToXwpf(qName + " in a tracked change");
        }
        case RUN -> inRun(w, local, qName);
        case TEXT -> throw new LeftToXwpf(qName + " inside w:t");
        case RUN_PROPERTIES -> {
          if (w && (local.equals("caps") || local.equals("smallCaps"))) {
            throw new LeftToXwpf("capitals set on a run");
          }
          yield Kind.SKIP;
        }
        case FIELD_CHAR -> {
          if (w && local.equals("ffData")) {
            throw new LeftToXwpf("a form field");
          }
          yield Kind.SKIP;
        }
        case PICTURE -> {
          if (w && local.equals("t")) {
            throw new LeftToXwpf("text inside a picture");
          }
          yield Kind.PICTURE;
        }
        case TABLE -> w && local.equals("tr") ? Kind.ROW : Kind.SKIP;
        case ROW -> w && local.equals("tc") ? Kind.CELL : Kind.SKIP;
        case CELL -> {
          if (w && local.equals("tcPr") && !top.propertiesSeen) {
            top.propertiesSeen = true; // XWPF reads the first only
            yield Kind.CELL_PROPERTIES;
          }
          yield w && local.equals("p") ? Kind.PARAGRAPH
              : w && local.equals("tbl") ? Kind.TABLE : Kind.SKIP;
        }
        case CELL_PROPERTIES -> {
          if (w && local.equals("gridSpan") && !top.propertiesSeen) {
            top.propertiesSeen = true; // the first, as XMLBeans' getGridSpan
            cellSpan(attributes.getValue(W, "val"));
          }
          yield Kind.SKIP;
        }
        case SKIP -> Kind.SKIP;
      };
      Frame frame = new Frame(next);
      if (next == Kind.PARAGRAPH) {
        paragraph = frame;
      } else if (next == Kind.RUN) {
        run = frame;
      }
      stack.push(frame);
    }

    private Kind inParagraph(boolean w, String local, String qName) throws LeftToXwpf {
      if (!w) {
        throw new LeftToXwpf(qName + " in a paragraph");
      }
      if (local.equals("r")) {
        return Kind.RUN;
      }
      if (local.equals("hyperlink") || local.equals("fldSimple")) {
        return Kind.RUNS_ONLY; // XWPF takes their own runs only
      }
      if (TRACKED.contains(local)) {
        return Kind.TRACKED;
      }
      if (local.equals("smartTag")) {
        return Kind.SMART_TAG; // XWPF reads its content as the paragraph's own
      }
      if (NO_TEXT.contains(local)) {
        return Kind.SKIP;
      }
      throw new LeftToXwpf("w:" + local + " in a paragraph");
    }

    /** What XWPFRun.text() makes of a run's child; only its direct children count. */
    private Kind inRun(boolean w, String local, String qName) throws LeftToXwpf {
      if (!w) {
        return Kind.SKIP;
      }
      switch (local) {
        case "t" -> {
          return Kind.TEXT;
        }
        case "delText" -> run.deleted = true; // XWPFParagraph leaves out a run with deleted text
        case "tab", "ptab" -> run.text.append('\t');
        case "br", "cr" -> run.text.append('\n');
        case "noBreakHyphen" -> run.text.append('\u2011');
        case "rPr" -> {
          return Kind.RUN_PROPERTIES;
        }
        case "fldChar" -> {
          return Kind.FIELD_CHAR;
        }
        case "drawing", "pict" -> {
          return Kind.PICTURE;
        }
        case "footnoteReference", "endnoteReference", "ruby" -> throw new LeftToXwpf(qName);
        default -> { } // field codes, symbols, page-break marks: no text
      }
      return Kind.SKIP;
    }

    /** A cell's gridSpan as XMLBeans reads its integer, then as DocxReader bounds it. */
    private void cellSpan(String value) throws LeftToXwpf {
      if (value == null) {
        return;
      }
      if (!value.matches("[0-9]{1,30}")) {
        throw new LeftToXwpf("gridSpan " + value);
      }
      cell().span = Math.max(1, Math.min(DocxReader.MAX_SPAN, new BigInteger(value).intValue()));
    }

    private Frame cell() {
      for (Frame f : stack) {
        if (f.kind == Kind.CELL) {
          return f;
        }
      }
      throw new IllegalStateException("gridSpan outside a cell");
    }

    @Override
    public void characters(char[] ch, int start, int length) {
      if (!stack.isEmpty() && stack.peek().kind == Kind.TEXT) {
        run.text.append(ch, start, length);
      }
    }

    @Override
    public void endElement(String uri, String local, String qName) {
      Frame done = stack.pop();
      Frame parent = stack.peek();
      switch (done.kind) {
        case RUN -> {
          if (!done.deleted) {
            paragraph.text.append(done.text);
          }
        }
        case PARAGRAPH -> {
          if (parent.kind == Kind.BODY) {
            paragraphs.add(done.text.toString());
          } else if (parent.kind == Kind.CELL) {
            parent.text.append(done.text);
          }
        }
        case CELL -> {
          parent.cells.add(done.text.toString());
          for (int span = done.span; span > 1; span--) {
            parent.cells.add(""); // as a merged cell reads in a workbook: the columns under it align
          }
        }
        case ROW -> parent.rows.add(List.copyOf(done.cells));
        case TABLE -> {
          if (parent.kind == Kind.BODY) {
            tables.add(List.copyOf(done.rows));
          } // a nested table: XWPFTableCell.getText leaves it out
        }
        default -> { }
      }
    }
  }
}
