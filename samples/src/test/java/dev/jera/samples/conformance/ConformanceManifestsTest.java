package dev.jera.samples.conformance;

import static com.google.common.truth.Truth.assertThat;

import dev.jera.processor.testing.ArgoSchemas;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every workflow of the conformance suite compiles to a manifest Argo's strict schemas accept. */
class ConformanceManifestsTest {
  private static final Path COMPILED = Path.of("target/test-classes/META-INF/argo");

  static Stream<String> manifests() throws IOException {
    try (Stream<Path> files = Files.list(COMPILED)) {
      return files.map(p -> p.getFileName().toString()).filter(name -> name.startsWith("conformance-")).sorted()
          .toList().stream();
    }
  }

  @ParameterizedTest
  @MethodSource("manifests")
  void passesArgosStrictSchemas(String file) throws IOException {
    assertThat(ArgoSchemas.errors(Files.readString(COMPILED.resolve(file), StandardCharsets.UTF_8))).isEmpty();
  }
}
