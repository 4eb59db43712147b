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

  /** A manifest with annotations, a priority and labelsFrom, and {@code env}'s value. */
  private static GlobalVariables described(String labelsFrom, String env) {
    String manifest = MANIFEST
        .replace("  labels:\n", "  annotations:\n"
            + "    workflows.argoproj.io/description: \"Line one\\nline two\"\n"
            + "    workflows.argoproj.io/scheduled-time: \"2026-04-29T00:00:00Z\"\n"
            + "  labels:\n")
        .replace("  entrypoint: main\n", "  entrypoint: main\n  priority: 5\n"
            + "  arguments:\n    parameters:\n    - name: env\n      value: dev\n"
            + "  workflowMetadata:\n    labelsFrom:\n" + labelsFrom);
    return new GlobalVariables(ManifestReader.read(manifest, "hello.yaml"), "hello-x1y2z", Map.of("env", env),
        Instant.parse("2026-12-07T00:00:00Z"), "0f9e-uid");
  }

  @Test
  void theManifestsAnnotationsJoinTheControllers() {
    Variables described = described("", "dev").variables();
    assertThat(described.substitute("{{workflow.annotations.workflows.argoproj.io/description}}"))
        .isEqualTo("Line one\nline two");
    assertThat(described.substitute("{{workflow.annotations}}")).isEqualTo(
        "{\"workflows.argoproj.io/description\":\"Line one\\nline two\",\"workflows.argoproj.io/pod-name-format\":\"v2\","
            + "\"workflows.argoproj.io/scheduled-time\":\"2026-04-29T00:00:00Z\"}");
  }

  @Test
  void theScheduledTimeAndThePriorityComeFromTheManifest() {
    Variables described = described("", "dev").variables();
    assertThat(described.substitute("{{workflow.scheduledTime}} {{workflow.priority}}")).isEqualTo("2026-04-29T00:00:00Z 5");
    assertThat(variables.substitute("{{workflow.scheduledTime}} {{workflow.priority}}"))
        .isEqualTo("{{workflow.scheduledTime}} {{workflow.priority}}");
  }

  @Test
  void labelsFromIsEvaluated() {
    GlobalVariables globals = described(
        "      env:\n        expression: workflow.parameters.env\n"
            + "      quoted:\n        expression: workflow.parameters['env']\n"
            + "      fixed:\n        expression: \"'batch'\"\n"
            + "      computed:\n        expression: \"workflow.parameters.env + '-x'\"\n", "prod");
    assertThat(globals.labels())
        .containsExactly("team", "data", "env", "prod", "quoted", "prod", "fixed", "batch", "computed", "prod-x").inOrder();
    assertThat(globals.variables().substitute("{{workflow.labels.env}}")).isEqualTo("prod");
  }

  @Test
  void aLabelValueKubernetesRefusesIsArgosError() {
    GlobalVariables globals = described("      env:\n        expression: workflow.parameters.env\n", "a b");
    assertThat(globals.metadataError()).startsWith(
        "invalid label value \"a b\" for label \"env\" and expression \"workflow.parameters.env\": ");
    assertThat(globals.labels()).doesNotContainKey("env");
  }

  @Test
  void aLabelReadingAVariableTheRunHasNotIsArgosError() {
    GlobalVariables globals = described("      env:\n        expression: workflow.parameters.nope\n", "dev");
    assertThat(globals.metadataError()).isEqualTo("failed to evaluate label \"env\" expression"
        + " \"workflow.parameters.nope\" evaluted to <nil> but must be a string");
  }

  @Test
  void aLabelThatIsNotAStringIsArgosError() {
    GlobalVariables globals = described("      env:\n        expression: len(workflow.parameters.env)\n", "dev");
    assertThat(globals.metadataError()).isEqualTo("failed to evaluate label \"env\" expression"
        + " \"len(workflow.parameters.env)\" evaluted to int but must be a string");
    GlobalVariables failing = described("      env:\n        expression: asInt(workflow.parameters.env)\n", "dev");
    assertThat(failing.metadataError()).isEqualTo("failed to evaluate label \"env\" expression"
        + " \"asInt(workflow.parameters.env)\": invalid operation: int(\"dev\")");
  }

  private static GlobalVariables globals() {
    WorkflowManifest manifest = ManifestReader.read(MANIFEST, "hello.yaml");
    return new GlobalVariables(
        manifest, "hello-x1y2z", Map.of(), Instant.parse("2026-12-07T00:00:00Z"), "0f9e-uid");
  }
}
