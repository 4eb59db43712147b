package dev.jera.samples;

import static com.google.common.truth.Truth.assertThat;

import dev.jera.processor.JeraProcessor;
import dev.jera.processor.testing.Golden;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every runner the samples compile to, as source ({@code -Ajera.runners=source}; the build writes them as
 * class files): byte for byte its golden file (golden/runners/, by package). The sources are made here, by
 * the processor alone ({@code -proc:only}) over the samples' sources, into a folder removed afterwards.
 * After an intended change, rerun with {@code -Djera.updateGolden=true}.
 */
class RunnersTest {
  private static final Path SOURCES = Path.of("src/main/java");
  private static final Path GOLDEN = Path.of("src/test/resources/golden/runners");
  private static Path generated;

  static Stream<String> runners() throws IOException {
    return files(generated()).stream();
  }

  @ParameterizedTest
  @MethodSource("runners")
  void matchesItsGoldenFile(String file) throws IOException {
    Golden.assertMatches(GOLDEN.resolve(file), Files.readString(generated().resolve(file), StandardCharsets.UTF_8));
  }

  @Test
  void everyGoldenRunnerIsGenerated() throws IOException {
    assertThat(files(GOLDEN)).containsExactlyElementsIn(files(generated()));
  }

  /** The build writes runners as class files, not source. */
  @Test
  void theBuildWritesNoRunnerSource() throws IOException {
    Path annotations = Path.of("target/generated-sources/annotations");
    assertThat(Files.isDirectory(annotations) ? files(annotations) : List.of()).isEmpty();
  }

  /** The runners' sources, generated once for the class. */
  private static synchronized Path generated() throws IOException {
    if (generated == null) {
      Path folder = Files.createTempDirectory("jera-runners");
      JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
      StringWriter output = new StringWriter();
      try (StandardJavaFileManager files = javac.getStandardFileManager(null, null, StandardCharsets.UTF_8);
          Stream<Path> walk = Files.walk(SOURCES)) {
        List<Path> sources = walk.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        JavaCompiler.CompilationTask task = javac.getTask(output, files, null,
            List.of("--release", "17", "-proc:only", "-implicit:none", "-Ajera.runners=source", "-Ajera.image=registry.example.com/samples:1",
                "-Ajera.appVersion=1",
                "-cp", System.getProperty("java.class.path"), "-s", folder.toString(), "-d", folder.toString()),
            null, files.getJavaFileObjectsFromPaths(sources));
        task.setProcessors(List.of(new JeraProcessor()));
        if (!task.call()) {
          delete(folder);
          throw new AssertionError("the samples did not compile with -Ajera.runners=source:\n" + output);
        }
      }
      generated = folder;
    }
    return generated;
  }

  @AfterAll
  static void removeGenerated() throws IOException {
    if (generated != null) {
      delete(generated);
      generated = null;
    }
  }

  private static void delete(Path folder) throws IOException {
    try (Stream<Path> files = Files.walk(folder)) {
      files.sorted(Comparator.reverseOrder()).forEach(path -> {
        try {
          Files.delete(path);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    }
  }

  /** The runners under {@code root}, as paths relative to it with '/' between folders. */
  private static List<String> files(Path root) throws IOException {
    try (Stream<Path> files = Files.walk(root)) {
      return files.filter(p -> p.getFileName().toString().endsWith("_JeraRunner.java"))
          .map(p -> root.relativize(p).toString().replace('\\', '/'))
          .sorted()
          .toList();
    }
  }
}
