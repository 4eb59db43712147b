package dev.jera.local;

import static com.google.common.truth.Truth.assertThat;
import static dev.jera.local.TestRuns.workflow;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.jera.local.manifest.ManifestReader;
import dev.jera.local.manifest.WorkflowManifest;
import dev.jera.local.values.Advice;
import dev.jera.local.values.ConfigMapValues;
import dev.jera.local.values.ParameterValues;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Workflow parameters and template inputs read from a ConfigMap's key ({@code valueFrom.configMapKeyRef}). */
class ConfigMapParametersTest {
  @TempDir Path home;

  /** A workflow whose parameter {@code message} is read from {@code simple-parameters/msg}, {@code default} if given. */
  private static String globalFromKey(String defaultLine) {
    return workflow("""
        entrypoint: main
        arguments:
          parameters:
          - name: message
            valueFrom:
              configMapKeyRef: {name: simple-parameters, key: msg}
        %s
        templates:
        - name: main
          dag:
            tasks:
            - name: print
              template: print
              arguments:
                parameters:
                - name: message
                  value: "{{workflow.parameters.message}}"
        """.formatted(defaultLine), TestRuns.script("print", "message"));
  }

  /** A workflow whose task {@code print} calls a template whose input is read from {@code simple-parameters/msg}. */
  private static String inputFromKey(String arguments, String defaultLine) {
    return workflow("""
        entrypoint: main
        templates:
        - name: main
          dag:
            tasks:
            - name: print
              template: print
        %s
        """.formatted(arguments), """
        - name: print
          inputs:
            parameters:
            - name: message
              valueFrom:
                configMapKeyRef: {name: simple-parameters, key: msg}
        %s
          script:
            image: test
            command: [java]
            args: [-cp, /app/classes, test.Runner, print]
            source: "{{inputs.parameters}}"
        """.formatted(defaultLine));
  }

  private static ScriptedRunner echo() {
    return new ScriptedRunner().step("print", in -> in.raw("message"));
  }

  @Test
  void aWorkflowParameterTakesItsKeysValue() {
    String manifest = globalFromKey("");

    RunReport report = TestRuns.run(manifest, echo(), home, request -> request.configMaps(Map.of("simple-parameters/msg", "hello world")));
    RunReport given = TestRuns.run(manifest, echo(), home, request -> request
        .configMaps(Map.of("simple-parameters/msg", "hello world")).parameters(Map.of("message", "given")));

    assertThat(report.steps().get("print").result()).isEqualTo("hello world");
    assertThat(given.steps().get("print").result()).isEqualTo("given");
  }

  @Test
  void aWorkflowParameterWithoutItsKeyTakesTheDefaultOrIsRefused() {
    WorkflowManifest defaulted = ManifestReader.read(globalFromKey("      default: fallback"), "t");
    WorkflowManifest required = ManifestReader.read(globalFromKey(""), "t");

    Map<String, String> values = ParameterValues.check("w", defaulted, new ScriptedRunner(), Map.of(), Map.of(), Advice.COMMAND_LINE);
    InvalidRunException missing = assertThrows(InvalidRunException.class,
        () -> ParameterValues.check("w", required, new ScriptedRunner(), Map.of(), Map.of(), Advice.COMMAND_LINE));
    Map<String, String> fromEnvironment = ParameterValues.check("w", required, new ScriptedRunner(), Map.of(),
        ConfigMapValues.check("w", required, Map.of(), Map.of("JERA_CONFIGMAP_SIMPLE_PARAMETERS_MSG", "from env")),
        Advice.COMMAND_LINE);

    assertThat(values).containsExactly("message", "fallback");
    assertThat(missing).hasMessageThat().isEqualTo("workflow 'w' needs parameter 'message', which Argo reads from ConfigMap key"
        + " simple-parameters/msg; give the key with --config-map simple-parameters/msg=VALUE or the environment variable"
        + " JERA_CONFIGMAP_SIMPLE_PARAMETERS_MSG, or the parameter with -p message=VALUE");
    assertThat(fromEnvironment).containsExactly("message", "from env");
  }

  @Test
  void anInputTakesItsKeysValueUnlessTheCallerPassesOne() {
    String fromKey = inputFromKey("", "");
    String passed = inputFromKey("      arguments: {parameters: [{name: message, value: passed}]}", "");

    RunReport report = TestRuns.run(fromKey, echo(), home, request -> request.configMaps(Map.of("simple-parameters/msg", "hello world")));
    RunReport given = TestRuns.run(passed, echo(), home, request -> request.configMaps(Map.of("simple-parameters/msg", "hello world")));
    RunReport defaulted = TestRuns.run(inputFromKey("", "        default: fallback"), echo(), home);

    assertThat(report.steps().get("print").result()).isEqualTo("hello world");
    assertThat(given.steps().get("print").result()).isEqualTo("passed");
    assertThat(defaulted.steps().get("print").result()).isEqualTo("fallback");
  }

  @Test
  void anInputWithoutItsKeyEndsTheStepInErrorAsArgoDoes() {
    RunReport report = TestRuns.run(inputFromKey("", ""), echo(), home);

    StepReport print = report.steps().get("print");
    assertThat(print.phase()).isEqualTo(Phase.ERROR);
    assertThat(print.detail()).isEqualTo("unable to retrieve inputs.parameters.message from ConfigMap: ConfigMap"
        + " 'simple-parameters' does not exist. Please make sure it has the label workflows.argoproj.io/configmap-type:"
        + " Parameter to be detectable by the controller (locally: give it with --config-map simple-parameters/msg=VALUE"
        + " or the environment variable JERA_CONFIGMAP_SIMPLE_PARAMETERS_MSG)");
  }
}
