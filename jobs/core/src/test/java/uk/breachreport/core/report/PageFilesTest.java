package uk.breachreport.core.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PageFilesTest {

  @TempDir Path dir;

  /** Pages longer than the buffers first kept, then a shorter one: each file holds its page. */
  @Test
  void writesEachPageAsUtf8WhateverItsLength() throws Exception {
    String longPage = "Council’s “own words” – £5 😀 ".repeat(20_000);
    String shortPage = "<p>short – page</p>";
    PageFiles.write(dir.resolve("long.html"), out -> out.write(longPage));
    PageFiles.write(dir.resolve("short.html"), out -> out.write(shortPage));
    assertArrayEquals(longPage.getBytes(StandardCharsets.UTF_8),
        Files.readAllBytes(dir.resolve("long.html")));
    assertArrayEquals(shortPage.getBytes(StandardCharsets.UTF_8),
        Files.readAllBytes(dir.resolve("short.html")));
  }

  /** A lone surrogate cannot be written as UTF-8: it fails, as Files.writeString does. */
  @Test
  void refusesTextThatIsNotUnicode() {
    assertThrows(CharacterCodingException.class,
        () -> PageFiles.write(dir.resolve("bad.html"), out -> out.write("broken \uD800 text")));
    assertThrows(CharacterCodingException.class,
        () -> Files.writeString(dir.resolve("bad2.html"), "broken \uD800 text"));
  }
}
