package uk.breachreport.core.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CoderResult;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes pages to files as UTF-8 through buffers each thread keeps from page to page: a writer,
 * an encoder and a buffer made for every one of thousands of factsheets were a sixth of the
 * factsheets' time and a tenth of what RENDER allocated. An unencodable character (a lone
 * surrogate) fails as {@link Files#writeString} would.
 */
final class PageFiles {

  /** What a page is written by: a template given the writer to write to. */
  interface Page {
    void writeTo(Writer out) throws IOException;
  }

  private static final ThreadLocal<PageFiles> OF_THREAD = ThreadLocal.withInitial(PageFiles::new);

  private final StringBuilder text = new StringBuilder(1 << 14);
  private final CharsetEncoder utf8 = StandardCharsets.UTF_8.newEncoder();
  private char[] chars = new char[1 << 14];
  private ByteBuffer bytes = ByteBuffer.allocate(3 << 14);

  /** Appends to {@link #text}; unlike a StringWriter, it takes no lock for each piece. */
  private final Writer writer = new Writer() {
    @Override
    public void write(char[] buffer, int offset, int length) {
      text.append(buffer, offset, length);
    }

    @Override
    public void write(String s, int offset, int length) {
      text.append(s, offset, offset + length);
    }

    @Override
    public void write(int c) {
      text.append((char) c);
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
  };

  private PageFiles() {}

  static void write(Path file, Page page) throws IOException {
    OF_THREAD.get().writePage(file, page);
  }

  private void writePage(Path file, Page page) throws IOException {
    text.setLength(0);
    page.writeTo(writer);
    int length = text.length();
    if (chars.length < length) {
      chars = new char[length];
    }
    text.getChars(0, length, chars, 0);
    // Room for the longest encoding, and both sides array-backed: one pass, the encoder's
    // fast path.
    int most = (int) Math.ceil(utf8.maxBytesPerChar() * length);
    if (bytes.capacity() < most) {
      bytes = ByteBuffer.allocate(most);
    }
    bytes.clear();
    utf8.reset();
    CoderResult result = utf8.encode(CharBuffer.wrap(chars, 0, length), bytes, true);
    if (!result.isError()) {
      result = utf8.flush(bytes);
    }
    if (result.isError()) {
      result.throwException();
    }
    try (OutputStream out = Files.newOutputStream(file)) {
      out.write(bytes.array(), 0, bytes.position());
    }
  }
}
