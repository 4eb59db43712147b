package dev.jera.samples.data;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import com.fasterxml.jackson.databind.JsonNode;
import dev.jera.local.LocalReport;
import dev.jera.local.LocalRun;
import dev.jera.local.Phase;
import dev.jera.processor.testing.ArgoSchemas;
import dev.jera.processor.testing.TrickyStrings;
import dev.jera.processor.testing.YamlReaders;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Strings of every kind written by the compiler into a manifest (as parameter defaults and literal
 * items) read back as themselves under YAML 1.1 and 1.2, pass Argo's strict schemas, and reach the
 * steps unchanged when Jera's executor runs the manifest.
 */
class YamlStringsTest {
  @TempDir Path home;

  @Test
  void theManifestHoldsEachStringAsItself() throws IOException {
    String yaml = manifest();
    List<String> defaults = new ArrayList<>();
    for (JsonNode parameter : YamlReaders.jackson(yaml).at("/spec/arguments/parameters")) {
      defaults.add(parameter.get("value").textValue());
    }
    assertThat(defaults).containsExactlyElementsIn(TrickyStrings.ALL).inOrder();

    for (Object document : List.of(YamlReaders.yaml11(yaml), YamlReaders.yaml12(yaml))) {
      Map<?, ?> spec = (Map<?, ?>) ((Map<?, ?>) document).get("spec");
      List<Object> values = new ArrayList<>();
      for (Object parameter : (List<?>) ((Map<?, ?>) spec.get("arguments")).get("parameters")) {
        values.add(((Map<?, ?>) parameter).get("value"));
      }
      assertThat(values).containsExactlyElementsIn(TrickyStrings.ALL).inOrder();
      Map<?, ?> main = (Map<?, ?>) ((List<?>) spec.get("templates")).get(0);
      List<?> tasks = (List<?>) ((Map<?, ?>) main.get("dag")).get("tasks");
      Map<?, ?> item = (Map<?, ?>) tasks.get(1);
      assertThat((List<?>) item.get("withItems")).containsExactlyElementsIn(TrickyStrings.ALL).inOrder();
    }
    for (String plain : YamlReaders.plainStrings(yaml)) {
      assertWithMessage("plain scalar %s", plain).that(YamlReaders.readAsOther(plain)).isEmpty();
    }
  }

  @Test
  void theManifestPassesArgosStrictSchemas() throws IOException {
    assertThat(ArgoSchemas.errors(manifest())).isEmpty();
  }

  @Test
  void eachStepGetsEachStringUnchanged() {
    LocalReport report = LocalRun.of(YamlStrings.class).home(home).run();
    assertThat(report.phase()).isEqualTo(Phase.SUCCEEDED);
    assertThat((List<?>) report.result("defaults")).containsExactlyElementsIn(TrickyStrings.ALL).inOrder();
    List<String> items = new ArrayList<>();
    TrickyStrings.ALL.forEach(s -> items.add(s));
    assertThat((List<?>) report.result("item")).containsExactlyElementsIn(items).inOrder();
  }

  private static String manifest() throws IOException {
    try (InputStream in = YamlStringsTest.class.getClassLoader().getResourceAsStream("META-INF/argo/yaml-strings.yaml")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
