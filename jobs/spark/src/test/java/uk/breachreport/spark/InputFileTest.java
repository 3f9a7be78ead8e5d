package uk.breachreport.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Councils' answers arrive under the names their email gave them: a colon, a percent sign, a
 * hash, brackets, a leading dot, accents. Every one is listed and read; none stops the run.
 */
class InputFileTest {

  static final List<String> NAMES = List.of(
      "RE: FOI 7314.eml",
      "FW: response.pdf",
      "100% of breaches.csv",
      "Case #42.txt",
      "why?.txt",
      "[draft] log.csv",
      "{copy} log.csv",
      "a:b/c:d.txt",
      ".hidden answer.csv",
      "_underscore.csv",
      "Ynys Môn – ateb.txt",
      "spaces  and\ttab.txt",
      "plus+and&amp;=.csv",
      "Ceredigion/RE: FW: 2013.csv");

  @TempDir
  Path in;

  @Test
  void everyNameACouncilCanSendIsListedAndRead() throws IOException {
    for (String name : NAMES) {
      Path file = in.resolve(name);
      Files.createDirectories(file.getParent());
      Files.writeString(file, "content of " + name);
    }
    Configuration conf = new Configuration();
    List<InputFile> listed = InputFile.list(in.toString(), conf);

    assertEquals(NAMES.stream().sorted().toList(),
        listed.stream().map(InputFile::relative).toList());
    for (InputFile file : listed) {
      try (InputStream stream = file.open(conf)) {
        assertEquals("content of " + file.relative(),
            new String(stream.readAllBytes(), StandardCharsets.UTF_8));
      }
      assertEquals(("content of " + file.relative()).getBytes(StandardCharsets.UTF_8).length,
          file.size());
    }
  }

  @Test
  void aRootGivenAsAFileUriIsListedToo() throws IOException {
    Files.writeString(in.resolve("RE: FOI 7314.eml"), "x");
    List<InputFile> listed = InputFile.list(in.toUri().toString(), new Configuration());
    assertEquals(List.of("RE: FOI 7314.eml"), listed.stream().map(InputFile::relative).toList());
  }
}
