package dev.jera.samples.data;

import static com.google.common.truth.Truth.assertThat;

import dev.jera.local.LocalReport;
import dev.jera.local.LocalRun;
import dev.jera.local.Phase;
import dev.jera.processor.testing.ArgoSchemas;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Literal items of a record, a list, an enum or a number reach the step as their JSON, as Argo renders
 * {@code {{item}}}: an object or list item is written into the manifest as a structure, since Argo
 * would hand a string item to the step JSON-escaped ({@code {\"name\": …}}).
 */
class JsonItemsTest {
  @TempDir Path home;

  @Test
  void eachItemDecodesIntoItsType() {
    LocalReport report = LocalRun.of(JsonItems.class).home(home).run();
    assertThat(report.phase()).isEqualTo(Phase.SUCCEEDED);
    assertThat((List<?>) report.result("pair")).containsExactly("say \"hi\"=1", "back\\slash=2").inOrder();
    assertThat((List<?>) report.result("words")).containsExactly("a\"b|c", "").inOrder();
    assertThat((List<?>) report.result("day")).containsExactly("MONDAY", "TUESDAY").inOrder();
    assertThat((List<?>) report.result("amount")).containsExactly("1", "0.10").inOrder();
  }

  @Test
  void theManifestPassesArgosStrictSchemas() throws IOException {
    try (InputStream in = getClass().getClassLoader().getResourceAsStream("META-INF/argo/json-items.yaml")) {
      assertThat(ArgoSchemas.errors(new String(in.readAllBytes(), StandardCharsets.UTF_8))).isEmpty();
    }
  }
}
