package uk.breachreport.spark;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * The output folder, written atomically: everything goes to a staging folder beside it, and only
 * a run that succeeds swaps it in, so an interrupted run never leaves half a report and an
 * existing report is replaced only by a complete one.
 */
final class OutputDir {

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
    try (OutputStream out = fs.create(new Path(staging, relative), true)) {
      out.write(text.getBytes(StandardCharsets.UTF_8));
    }
  }

  void copyFromLocal(java.nio.file.Path local, String relative) throws IOException {
    fs.copyFromLocalFile(false, true, new Path(local.toUri()), new Path(staging, relative));
  }

  /** Swaps the finished output in place of the old one. */
  void commit() throws IOException {
    Path old = new Path(target.getParent(), "." + target.getName() + ".old");
    fs.delete(old, true);
    if (fs.exists(target) && !fs.rename(target, old)) {
      throw new IOException("cannot move the previous output " + target + " aside");
    }
    if (!fs.rename(staging, target)) {
      throw new IOException("cannot move " + staging + " to " + target);
    }
    fs.delete(old, true);
  }
}
