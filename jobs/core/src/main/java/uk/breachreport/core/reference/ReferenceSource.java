package uk.breachreport.core.reference;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Opens a reference file by name, wherever the files live: a folder, the jar, HDFS. */
@FunctionalInterface
public interface ReferenceSource {

  Reader open(String name) throws IOException;

  static ReferenceSource folder(Path dir) {
    return name -> Files.newBufferedReader(dir.resolve(name), StandardCharsets.UTF_8);
  }
}
