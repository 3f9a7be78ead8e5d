package uk.breachreport.spark;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * A file under the input root: its path relative to the root (as the manifest and the outputs
 * name it), its full location as an escaped URI and its size as listed. Listed on the driver
 * rather than with Spark's file index, which silently skips names starting with "_" or "."; every
 * file must be accounted for.
 *
 * <p>Local folders are walked and read with java.nio, not Hadoop: Hadoop builds a child's path
 * by parsing its bare name, so a name saved from email ("RE: FOI 7314.eml") reads as a URI scheme
 * and fails the whole listing ("Relative path in absolute URI"), and its checksummed local file
 * system does the same on every open. Keeping the location as an escaped URI, never a string
 * that Hadoop parses again, lets every character a file name can hold through.
 */
record InputFile(String relative, String uri, long size) implements Serializable {

  private static final String LOCAL = "file";

  static List<InputFile> list(String root, Configuration conf) throws IOException {
    Path rootPath = new Path(root);
    FileSystem fs = rootPath.getFileSystem(conf);
    if (!fs.getFileStatus(rootPath).isDirectory()) {
      throw new IOException(root + " is not a folder");
    }
    URI qualified = fs.makeQualified(rootPath).toUri();
    List<InputFile> files = LOCAL.equals(qualified.getScheme())
        ? local(java.nio.file.Path.of(qualified))
        : listed(fs, rootPath, qualified.getPath().replaceFirst("/*$", "/"));
    files.sort(Comparator.comparing(InputFile::relative));
    return files;
  }

  /** The file's bytes, from the local disk or the file system its URI names. */
  InputStream open(Configuration conf) throws IOException {
    URI location = URI.create(uri);
    if (LOCAL.equals(location.getScheme())) {
      return Files.newInputStream(java.nio.file.Path.of(location));
    }
    Path path = new Path(location);
    return path.getFileSystem(conf).open(path);
  }

  private static List<InputFile> local(java.nio.file.Path root) throws IOException {
    try (Stream<java.nio.file.Path> walk = Files.walk(root, FileVisitOption.FOLLOW_LINKS)) {
      List<InputFile> files = new ArrayList<>();
      walk.filter(Files::isRegularFile).forEach(file -> {
        try {
          String relative = root.relativize(file).toString()
              .replace(file.getFileSystem().getSeparator(), "/");
          files.add(new InputFile(relative, file.toUri().toString(), Files.size(file)));
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
      return files;
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  /**
   * Walks the tree with listStatus rather than listFiles: listFiles builds a LocatedFileStatus per
   * file, whose permission lookup is slow on some file systems.
   */
  private static List<InputFile> listed(FileSystem fs, Path root, String base) throws IOException {
    List<InputFile> files = new ArrayList<>();
    collect(fs, root, base, files);
    return files;
  }

  private static void collect(FileSystem fs, Path dir, String base, List<InputFile> files)
      throws IOException {
    for (FileStatus status : fs.listStatus(dir)) {
      Path path = status.getPath();
      if (status.isDirectory()) {
        collect(fs, path, base, files);
      } else {
        files.add(new InputFile(path.toUri().getPath().substring(base.length()),
            path.toUri().toString(), status.getLen()));
      }
    }
  }
}
