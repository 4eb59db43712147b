package dev.jera.samples;

import static com.google.common.truth.Truth.assertThat;

import dev.jera.processor.testing.Golden;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every runner the samples compile to: byte for byte its golden file, next to the golden manifests
 * (golden/runners/, by package). After an intended change, rerun with {@code -Djera.updateGolden=true}.
 */
class RunnersTest {
  private static final Path GENERATED = Path.of("target/generated-sources/annotations");
  private static final Path GOLDEN = Path.of("src/test/resources/golden/runners");

  static Stream<String> runners() throws IOException {
    return files(GENERATED).stream();
  }

  @ParameterizedTest
  @MethodSource("runners")
  void matchesItsGoldenFile(String file) throws IOException {
    Golden.assertMatches(GOLDEN.resolve(file), Files.readString(GENERATED.resolve(file), StandardCharsets.UTF_8));
  }

  @org.junit.jupiter.api.Test
  void everyGoldenRunnerIsGenerated() throws IOException {
    assertThat(files(GOLDEN)).containsExactlyElementsIn(files(GENERATED));
  }

  /** The runners under {@code root}, as paths relative to it with '/' between folders. */
  private static java.util.List<String> files(Path root) throws IOException {
    try (Stream<Path> files = Files.walk(root)) {
      return files.filter(p -> p.getFileName().toString().endsWith("_JeraRunner.java"))
          .map(p -> root.relativize(p).toString().replace('\\', '/'))
          .sorted()
          .toList();
    }
  }
}
