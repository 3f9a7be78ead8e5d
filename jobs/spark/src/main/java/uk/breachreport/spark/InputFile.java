package uk.breachreport.spark;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;

/**
 * A file under the input root: its path relative to the root (as the manifest and the outputs
 * name it) and its full Hadoop path. Listed on the driver with Hadoop's file system rather than Spark's
 * file index, which silently skips names starting with "_" or "."; every file must be accounted for.
 */
record InputFile(String relative, String path) {

  static List<InputFile> list(String root, Configuration conf) throws IOException {
    Path rootPath = new Path(root);
    FileSystem fs = rootPath.getFileSystem(conf);
    if (!fs.getFileStatus(rootPath).isDirectory()) {
      throw new IOException(root + " is not a folder");
    }
    String base = fs.makeQualified(rootPath).toUri().getPath().replaceFirst("/*$", "/");
    List<InputFile> files = new ArrayList<>();
    RemoteIterator<LocatedFileStatus> it = fs.listFiles(rootPath, true);
    while (it.hasNext()) {
      Path path = it.next().getPath();
      String relative = path.toUri().getPath().substring(base.length());
      files.add(new InputFile(relative, path.toString()));
    }
    files.sort(Comparator.comparing(InputFile::relative));
    return files;
  }
}
