package dev.jera.local.values;

import static com.google.common.truth.Truth.assertThat;

import dev.jera.argo.variables.WorkflowGlobals;
import dev.jera.local.manifest.ManifestReader;
import dev.jera.local.manifest.WorkflowManifest;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The executor defines every variable the processor lets a tag name: one list, {@link WorkflowGlobals}. */
class GlobalVariablesTest {

  private static final String MANIFEST =
      "apiVersion: argoproj.io/v1alpha1\n"
          + "kind: Workflow\n"
          + "metadata:\n"
          + "  generateName: hello-\n"
          + "  labels:\n"
          + "    team: data\n"
          + "spec:\n"
          + "  entrypoint: main\n"
          + "  templates:\n"
          + "  - name: main\n"
          + "    dag:\n"
          + "      tasks:\n"
          + "      - name: hello\n"
          + "        template: hello\n"
          + "  - name: hello\n"
          + "    container:\n"
          + "      image: busybox\n";

  private final Variables variables = globals().variables();

  @Test
  void everyAlwaysDefinedVariableHasAValue() {
    for (String name : WorkflowGlobals.ALWAYS) {
      String tag = "{{workflow." + name + "}}";
      assertThat(variables.substitute(tag)).isNotEqualTo(tag);
    }
  }

  @Test
  void annotationsAreThoseArgosControllerAdds() {
    assertThat(variables.substitute("{{workflow.annotations.json}}"))
        .isEqualTo("{\"workflows.argoproj.io/pod-name-format\":\"v2\"}");
    assertThat(variables.substitute("{{workflow.labels.json}}")).isEqualTo("{\"team\":\"data\"}");
  }

  @Test
  void creationTimestampInEveryStrftimeLetter() {
    assertThat(variables.substitute("{{workflow.creationTimestamp.Y}}-{{workflow.creationTimestamp.m}}"))
        .isEqualTo("2026-12");
    assertThat(variables.substitute("{{workflow.creationTimestamp.s}}")).isEqualTo("1796601600");
  }

  private static GlobalVariables globals() {
    WorkflowManifest manifest = ManifestReader.read(MANIFEST, "hello.yaml");
    return new GlobalVariables(
        manifest, "hello-x1y2z", Map.of(), Instant.parse("2026-12-07T00:00:00Z"), "0f9e-uid");
  }
}
