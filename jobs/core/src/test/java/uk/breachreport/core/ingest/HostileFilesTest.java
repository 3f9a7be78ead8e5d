package uk.breachreport.core.ingest;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import uk.breachreport.core.answer.AnswerParser;
import uk.breachreport.core.model.FileOutcome;
import uk.breachreport.core.model.FileResult;
import uk.breachreport.core.model.RowSink;
import uk.breachreport.core.model.SheetRow;

/**
 * Every hostile file is rejected, with its reason, through the same {@link AnswerParser} the job
 * uses: nothing throws out, nothing becomes a record, no council is guessed from it, and no byte
 * of the local file the XML entities point at reaches the result.
 */
class HostileFilesTest {

  static final String MARKER = "MARKER-7f3a91c2-secret-of-the-host";
  static final Path SECRET = secretFile();
  private static final AnswerParser PARSER = Answers.parser();

  private static final List<HostileFiles.Hostile> FILES = HostileFiles.all(SECRET.toUri().toString());

  static List<HostileFiles.Hostile> files() {
    return FILES;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("files")
  void isRejectedWithItsReason(HostileFiles.Hostile hostile) {
    byte[] bytes = hostile.bytes().get();
    FileResult result = PARSER.parse(hostile.file(), bytes, Optional.empty());
    assertAll(
        () -> assertEquals(FileOutcome.REJECTED, result.outcome(), () -> "reason: " + result.reason()),
        () -> assertTrue(result.reason().startsWith(hostile.reason()),
            () -> "expected a reason starting\n  " + hostile.reason() + "\nbut was\n  " + result.reason()),
        () -> assertEquals(List.of(), result.records()),
        () -> assertNull(result.authorityCode(), "no council may be guessed from a hostile file"),
        () -> assertFalse(result.toString().contains(MARKER), "the entity's target leaked"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("files")
  void readerThrowsTheSameReason(HostileFiles.Hostile hostile) {
    byte[] bytes = hostile.bytes().get();
    MarkerWatch sink = new MarkerWatch();
    UnreadableFileException e = assertThrows(
        UnreadableFileException.class, () -> DocumentReader.read(hostile.file(), bytes, sink));
    assertTrue(e.getMessage().startsWith(hostile.reason()), e.getMessage());
    assertFalse(sink.seen, "the entity's target reached the rows");
  }

  @Test
  void namesAreUnique() {
    Set<String> names = files().stream().map(HostileFiles.Hostile::file).collect(Collectors.toSet());
    assertEquals(files().size(), names.size());
  }

  /** Looks for the marker in every cell without keeping two million rows. */
  static final class MarkerWatch implements RowSink {
    boolean seen;

    @Override
    public void startSheet(String name) {
      seen |= name != null && name.contains(MARKER);
    }

    @Override
    public void row(SheetRow row) {
      seen |= row.cells().stream().anyMatch(c -> c.contains(MARKER));
    }

    @Override
    public void endSheet() {}
  }

  private static Path secretFile() {
    try {
      Path secret = Files.createTempFile("breach-report-secret", ".txt");
      Files.writeString(secret, MARKER);
      secret.toFile().deleteOnExit();
      return secret;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
