package uk.breachreport.core;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** {@code scripts/explain} on files of the bundled sample. */
class ExplainTest {

  static final Path ROOT = Path.of(System.getProperty("project.root", "../.."));
  static final Path SAMPLE = ROOT.resolve("data/sample");

  static String explain(String... args) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    String[] all = new String[args.length + 2];
    System.arraycopy(args, 0, all, 0, args.length);
    all[args.length] = "--reference";
    all[args.length + 1] = ROOT.resolve("data/reference").toString();
    Explain.explain(Explain.Arguments.parse(all), new PrintStream(bytes, true, StandardCharsets.UTF_8));
    return bytes.toString(StandardCharsets.UTF_8);
  }

  static void assertHasLine(String out, String line) {
    assertTrue(out.lines().anyMatch(l -> l.equals(line)), () -> "no line\n  " + line + "\nin\n" + out);
  }

  @Test
  void logShowsCouncilEvidenceRowsAndStatus() throws IOException {
    String out = explain(SAMPLE.resolve("Kingston upon Hull City Council - data breaches.xlsx").toString());
    assertAll(
        () -> assertHasLine(out, "council:   Kingston upon Hull City Council (E06000010), from name in file name"),
        () -> assertHasLine(out, "layout:    INCIDENT_LOG"),
        () -> assertTrue(out.contains("\nevidence:  sheet: 'Data breaches'; types: "), out),
        () -> assertTrue(out.lines().anyMatch(l -> l.startsWith("  Data breaches row 2: ")), out),
        () -> assertTrue(out.lines().anyMatch(l -> l.startsWith("      -> record: 1, ")), out),
        () -> assertHasLine(out, "      -> not counted: a total, note, heading or repeated header"),
        () -> assertTrue(out.contains("\noutcome:   USED: 12 records (12 breaches)"), out),
        () -> assertHasLine(out, "status:    RESPONDED (with this file's records)"));
  }

  @Test
  void letterShowsItsTextAndStatus() throws IOException {
    String out = explain(SAMPLE.resolve("Wakefield Council response.txt").toString());
    assertAll(
        () -> assertHasLine(out, "text:"),
        () -> assertHasLine(out, "  The information is not held in the form requested. The Council does not"
            + " keep a central record of data protection breaches and to create one would mean creating new"
            + " information, which the Act does not require."),
        () -> assertHasLine(out, "status:    REFUSED (not ranked)"));
  }

  @Test
  void manifestBesideTheFileNamesTheCouncil() throws IOException {
    String out = explain(SAMPLE.resolve("FOI-2014-0412-response.xlsx").toString());
    assertHasLine(out, "council:   Leeds City Council (E08000035), from manifest");
  }

  @Test
  void authorityOptionWins() throws IOException {
    String out = explain(SAMPLE.resolve("data.xlsx").toString(), "--authority", "E06000045");
    assertHasLine(out, "council:   Southampton City Council (E06000045), from manifest");
    assertTrue(out.contains("\noutcome:   USED: 8 records"), out);
  }

  @Test
  void usageErrorsSayWhatIsWrong() {
    assertEquals("no file given; " + Explain.USAGE, assertThrows(IllegalArgumentException.class,
        () -> Explain.Arguments.parse(new String[0])).getMessage());
    assertEquals("unknown option --council; " + Explain.USAGE, assertThrows(
        IllegalArgumentException.class, () -> Explain.Arguments.parse(
            new String[] {"x.csv", "--council", "E1"})).getMessage());
    assertEquals("cannot read file 'no-such-file.csv'", assertThrows(IllegalArgumentException.class,
        () -> Explain.Arguments.parse(new String[] {"no-such-file.csv"})).getMessage());
  }
}
