package uk.breachreport.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The output folder: the job's entries swapped in, everything else in the folder left alone. */
class OutputDirTest {

  @TempDir
  Path root;

  @Test
  void aRunReplacesItsOwnEntriesAndLeavesTheRestAlone() throws IOException {
    Path out = root.resolve("out");
    run(out, "first");
    Files.createDirectories(out.resolve("bench/corpus"));
    Files.writeString(out.resolve("bench/corpus/answer.csv"), "kept");
    Files.writeString(out.resolve("notes.txt"), "kept");

    run(out, "second");

    assertEquals("second", Files.readString(out.resolve("tables/national_summary.csv")));
    assertEquals("second", Files.readString(out.resolve(OutputDir.MARKER)));
    assertEquals("kept", Files.readString(out.resolve("bench/corpus/answer.csv")));
    assertEquals("kept", Files.readString(out.resolve("notes.txt")));
    assertFalse(Files.exists(root.resolve(".out.staging")));
    assertFalse(Files.exists(root.resolve(".out.old")));
  }

  @Test
  void aFolderWithAnEntryTheJobDidNotWriteIsRefused() throws IOException {
    Path documents = root.resolve("documents");
    Files.createDirectories(documents.resolve("report"));
    Files.writeString(documents.resolve("report/chapter1.docx"), "mine");

    IOException e = assertThrows(IOException.class,
        () -> OutputDir.open(documents.toString(), new Configuration()));
    assertTrue(e.getMessage().contains("already has 'report', not written by breach-report"),
        e.getMessage());
    assertEquals("mine", Files.readString(documents.resolve("report/chapter1.docx")));
  }

  @Test
  void aFolderOfOtherThingsIsUsed() throws IOException {
    Path out = root.resolve("out");
    Files.createDirectories(out.resolve("cluster"));
    run(out, "first");
    assertTrue(Files.isDirectory(out.resolve("cluster")));
    assertEquals("first", Files.readString(out.resolve("quality.json")));
  }

  private static void run(Path out, String text) throws IOException {
    OutputDir dir = OutputDir.open(out.toString(), new Configuration());
    dir.writeText("tables/national_summary.csv", text);
    dir.writeText("quality.json", text);
    dir.writeText(OutputDir.MARKER, text);
    dir.commit();
  }
}
