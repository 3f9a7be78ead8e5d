package uk.breachreport.spark;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * The output folder, written atomically: everything goes to a staging folder beside it, and only
 * a run that succeeds swaps it in, so an interrupted run never leaves half a report and an
 * existing report is replaced only by a complete one. Only the entries the job writes are
 * replaced: anything else in the folder (a user's notes, the benchmark's corpora) is left alone,
 * and a folder holding an entry of the same name that an earlier run did not write is refused.
 */
final class OutputDir {

  /** Written last by every run: its presence marks the folder's entries as the job's own. */
  static final String MARKER = "summary.json";

  /** What a run writes, in the order it is swapped in; the marker last. */
  static final List<String> ENTRIES = List.of("incidents", "responses", "rejects", "tables",
      "quality.json", "report", MARKER);

  private final FileSystem fs;
  private final Path target;
  private final Path staging;

  private OutputDir(FileSystem fs, Path target) {
    this.fs = fs;
    this.target = target;
    this.staging = new Path(target.getParent(), "." + target.getName() + ".staging");
  }

  /** Prepares the staging folder; an unwritable output fails here, before any work. */
  static OutputDir open(String output, Configuration conf) throws IOException {
    Path target = new Path(output);
    FileSystem fs = target.getFileSystem(conf);
    target = fs.makeQualified(target);
    OutputDir dir = new OutputDir(fs, target);
    if (fs.exists(target) && !fs.exists(new Path(target, MARKER))) {
      for (String entry : ENTRIES) {
        if (fs.exists(new Path(target, entry))) {
          throw new IOException(target + " already has '" + entry + "', not written by"
              + " breach-report: give an empty or new folder");
        }
      }
    }
    fs.delete(dir.staging, true); // left by an interrupted run
    if (!fs.mkdirs(dir.staging)) {
      throw new IOException("cannot create " + dir.staging);
    }
    return dir;
  }

  String path(String relative) {
    return new Path(staging, relative).toString();
  }

  void writeText(String relative, String text) throws IOException {
    java.nio.file.Path local = local(relative);
    if (local != null) {
      Files.createDirectories(local.getParent());
      Files.writeString(local, text, StandardCharsets.UTF_8);
      return;
    }
    try (OutputStream out = fs.create(new Path(staging, relative), true)) {
      out.write(text.getBytes(StandardCharsets.UTF_8));
    }
  }

  void copyFromLocal(java.nio.file.Path from, String relative) throws IOException {
    java.nio.file.Path local = local(relative);
    if (local == null) {
      fs.copyFromLocalFile(false, true, new Path(from.toUri()), new Path(staging, relative));
      return;
    }
    try (Stream<java.nio.file.Path> walk = Files.walk(from)) {
      for (java.nio.file.Path source : (Iterable<java.nio.file.Path>) walk::iterator) {
        java.nio.file.Path to = local.resolve(from.relativize(source).toString());
        if (Files.isDirectory(source)) {
          Files.createDirectories(to);
        } else {
          Files.copy(source, to, StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
  }

  /**
   * The staged file on the local disk, or null on another file system. Hadoop's local file system
   * starts a chmod process for every file it creates (and adds a .crc file beside it): 450
   * factsheets were 450 processes, 16 s of RENDER on a busy machine (docs/profile.md).
   */
  java.nio.file.Path local(String relative) {
    Path staged = new Path(staging, relative);
    return "file".equals(staged.toUri().getScheme())
        ? java.nio.file.Path.of(staged.toUri()) : null;
  }

  /**
   * Swaps the finished entries in place of the old ones: the previous run's entries are moved
   * aside first, then the new ones in, each a rename; the marker goes last.
   */
  void commit() throws IOException {
    for (FileStatus made : fs.listStatus(staging)) {
      if (!ENTRIES.contains(made.getPath().getName())) {
        throw new IllegalStateException("not a listed output entry: " + made.getPath());
      }
    }
    Path old = new Path(target.getParent(), "." + target.getName() + ".old");
    fs.delete(old, true);
    if (!fs.mkdirs(target) || !fs.mkdirs(old)) {
      throw new IOException("cannot create " + target);
    }
    for (String entry : ENTRIES) {
      Path previous = new Path(target, entry);
      if (fs.exists(previous) && !fs.rename(previous, new Path(old, entry))) {
        throw new IOException("cannot move the previous output " + previous + " aside");
      }
    }
    for (String entry : ENTRIES) {
      Path made = new Path(staging, entry);
      if (fs.exists(made) && !fs.rename(made, new Path(target, entry))) {
        throw new IOException("cannot move " + made + " to " + target);
      }
    }
    fs.delete(staging, true);
    fs.delete(old, true);
  }
}
