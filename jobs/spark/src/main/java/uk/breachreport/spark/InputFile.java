package uk.breachreport.spark;

import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * A file under the input root: its path relative to the root (as the manifest and the outputs
 * name it), its full Hadoop path and its size as listed. Listed on the driver with Hadoop's file system rather than Spark's
 * file index, which silently skips names starting with "_" or "."; every file must be accounted for.
 */
record InputFile(String relative, String path, long size) implements Serializable {

  static List<InputFile> list(String root, Configuration conf) throws IOException {
    Path rootPath = new Path(root);
    FileSystem fs = rootPath.getFileSystem(conf);
    if (!fs.getFileStatus(rootPath).isDirectory()) {
      throw new IOException(root + " is not a folder");
    }
    String base = fs.makeQualified(rootPath).toUri().getPath().replaceFirst("/*$", "/");
    List<InputFile> files = new ArrayList<>();
    collect(fs, rootPath, base, files);
    files.sort(Comparator.comparing(InputFile::relative));
    return files;
  }

  /**
   * Walks the tree with listStatus rather than listFiles: on the local file system listFiles
   * builds a LocatedFileStatus per file, whose permission lookup forks "ls" each time (minutes
   * for a few thousand answers).
   */
  private static void collect(FileSystem fs, Path dir, String base, List<InputFile> files)
      throws IOException {
    for (FileStatus status : fs.listStatus(dir)) {
      Path path = status.getPath();
      if (status.isDirectory()) {
        collect(fs, path, base, files);
      } else {
        files.add(new InputFile(path.toUri().getPath().substring(base.length()), path.toString(),
            status.getLen()));
      }
    }
  }
}
