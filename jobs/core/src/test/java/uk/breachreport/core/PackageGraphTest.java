package uk.breachreport.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Core's packages point only down: no package reaches, through any chain of references, back to
 * itself. Read from the sources (every import and every fully named class, javadoc links too), as
 * no architecture library is on the build; a package with no sub-package name is "core", the
 * entry points (Explain, Tasks, ReferenceData), which nothing below may use.
 */
class PackageGraphTest {

  private static final Path SOURCES = Path.of("src/main/java/uk/breachreport/core");
  private static final String ROOT = "core";
  /** A class named with its package: "uk.breachreport.core.layout.Extraction" -> layout. */
  private static final Pattern REFERENCE =
      Pattern.compile("\\buk\\.breachreport\\.core\\.(?:([a-z][a-z0-9]*)\\.)?[A-Z]");

  @Test
  void corePackagesFormNoCycle() {
    Map<String, Set<String>> graph = graph(SOURCES);
    assertEquals(Optional.empty(), cycle(graph), () -> "a cycle among core's packages; graph "
        + graph);
  }

  @Test
  void theGraphIsReadFromTheSources() {
    Map<String, Set<String>> graph = graph(SOURCES);
    assertTrue(graph.getOrDefault("layout", Set.of()).contains("model"), graph::toString);
    assertTrue(graph.getOrDefault(ROOT, Set.of()).contains("answer"), graph::toString);
  }

  @Test
  void aCycleThroughThreePackagesIsFound(@TempDir Path dir) throws IOException {
    write(dir, "a/A.java", "package uk.breachreport.core.a;\nimport uk.breachreport.core.b.B;\n");
    write(dir, "b/B.java", "package uk.breachreport.core.b;\n/** {@link uk.breachreport.core.c.C} */");
    write(dir, "c/C.java", "package uk.breachreport.core.c;\nimport static uk.breachreport.core"
        + ".a.A.f;\n");
    write(dir, "d/D.java", "package uk.breachreport.core.d;\nimport uk.breachreport.core.a.A;\n");
    assertEquals(Optional.of(List.of("a", "b", "c", "a")), cycle(graph(dir)));
  }

  @Test
  void aPackageUsingTheEntryPointsIsACycle(@TempDir Path dir) throws IOException {
    write(dir, "Tool.java", "package uk.breachreport.core;\nimport uk.breachreport.core.a.A;\n");
    write(dir, "a/A.java", "package uk.breachreport.core.a;\nimport uk.breachreport.core.Tool;\n");
    assertEquals(Optional.of(List.of("a", ROOT, "a")), cycle(graph(dir)));
  }

  @Test
  void referencesDownwardAreNoCycle(@TempDir Path dir) throws IOException {
    write(dir, "Tool.java", "package uk.breachreport.core;\nimport uk.breachreport.core.a.A;\n");
    write(dir, "a/A.java", "package uk.breachreport.core.a;\nimport uk.breachreport.core.b.B;\n"
        + "import uk.breachreport.core.a.Other;\n");
    write(dir, "b/B.java", "package uk.breachreport.core.b;\n");
    assertEquals(Optional.empty(), cycle(graph(dir)));
  }

  /** Each package of the tree at {@code root} and the other packages its files name. */
  static Map<String, Set<String>> graph(Path root) {
    Map<String, Set<String>> graph = new TreeMap<>();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        Path folder = root.relativize(file.getParent());
        String from = folder.toString().isEmpty() ? ROOT : folder.toString().replace('/', '.');
        Set<String> to = graph.computeIfAbsent(from, k -> new TreeSet<>());
        Matcher m = REFERENCE.matcher(Files.readString(file));
        while (m.find()) {
          String target = m.group(1) == null ? ROOT : m.group(1);
          if (!target.equals(from)) {
            to.add(target);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return graph;
  }

  /** One cycle as the path that closes it ("a", "b", "a"), or empty when the graph has none. */
  static Optional<List<String>> cycle(Map<String, Set<String>> graph) {
    Map<String, Boolean> done = new HashMap<>(); // false while on the path, true once finished
    for (String start : graph.keySet()) {
      Optional<List<String>> found = visit(start, graph, done, new ArrayList<>());
      if (found.isPresent()) {
        return found;
      }
    }
    return Optional.empty();
  }

  private static Optional<List<String>> visit(String node, Map<String, Set<String>> graph,
      Map<String, Boolean> done, List<String> path) {
    Boolean state = done.get(node);
    if (Boolean.TRUE.equals(state)) {
      return Optional.empty();
    }
    if (Boolean.FALSE.equals(state)) {
      List<String> loop = new ArrayList<>(path.subList(path.indexOf(node), path.size()));
      loop.add(node);
      return Optional.of(loop);
    }
    done.put(node, false);
    path.add(node);
    for (String next : graph.getOrDefault(node, Set.of())) {
      Optional<List<String>> found = visit(next, graph, done, path);
      if (found.isPresent()) {
        return found;
      }
    }
    path.remove(path.size() - 1);
    done.put(node, true);
    return Optional.empty();
  }

  private static void write(Path dir, String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }
}
