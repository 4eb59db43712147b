package dev.jera.samples;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import dev.jera.processor.testing.ArgoSchemas;
import dev.jera.processor.testing.Golden;
import dev.jera.processor.testing.YamlReaders;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every manifest the samples compile to: byte for byte its golden file, and valid against both of
 * Argo's strict schemas. After an intended change, rerun with {@code -Djera.updateGolden=true}.
 */
class ManifestsTest {
  private static final Path COMPILED = Path.of("target/classes/META-INF/argo");
  private static final Path GOLDEN = Path.of("src/test/resources/golden");

  static Stream<String> manifests() throws IOException {
    try (Stream<Path> files = Files.list(COMPILED)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList().stream();
    }
  }

  @ParameterizedTest
  @MethodSource("manifests")
  void matchesItsGoldenFile(String file) throws IOException {
    Golden.assertMatches(GOLDEN.resolve(file), Files.readString(COMPILED.resolve(file), StandardCharsets.UTF_8));
  }

  @ParameterizedTest
  @MethodSource("manifests")
  void passesArgosStrictSchemas(String file) throws IOException {
    List<String> errors = ArgoSchemas.errors(Files.readString(COMPILED.resolve(file), StandardCharsets.UTF_8));
    assertThat(errors).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("manifests")
  void everyPlainStringIsAStringToEveryYamlReader(String file) throws IOException {
    for (String plain : YamlReaders.plainStrings(Files.readString(COMPILED.resolve(file), StandardCharsets.UTF_8))) {
      assertWithMessage("plain scalar %s", plain).that(YamlReaders.readAsOther(plain)).isEmpty();
    }
  }

  @org.junit.jupiter.api.Test
  void everySampleHasAGoldenFile() throws IOException {
    try (Stream<Path> golden = Files.list(GOLDEN)) {
      assertThat(golden.filter(Files::isRegularFile).map(p -> p.getFileName().toString()).sorted().toList())
          .containsExactlyElementsIn(manifests().toList());
    }
  }
}
