package dev.jera.cli;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.jera.local.engine.LocalExecutor;
import dev.jera.local.engine.RunRequest;
import dev.jera.local.launch.RunnerRegistry;
import dev.jera.local.manifest.DagTemplate;
import dev.jera.local.manifest.ManifestException;
import dev.jera.local.manifest.ManifestReader;
import dev.jera.local.manifest.ManifestTemplate;
import dev.jera.local.manifest.Task;
import dev.jera.local.manifest.WorkflowManifest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A manifest on the class path may come from any jar, so every name in it that becomes a file name
 * (the run's folder, a step's folder, an input or output file) or part of a step's process (its
 * environment) follows Argo's and Kubernetes' rules, or the manifest is refused before anything runs,
 * with one line naming its place on the class path and the field.
 */
class HostileManifestTest {
  @TempDir Path classes;
  @TempDir Path home;

  /**
   * A workflow whose task {@code task} passes {@code argument} (lines under {@code arguments:}, or none)
   * to a step that reads input file {@code input}; {@code extra} lines go into the template, {@code env}
   * lines into its script.
   */
  private static String manifest(String metadata, String task, String argument, String input, String extra, String env) {
    return """
        apiVersion: argoproj.io/v1alpha1
        kind: Workflow
        metadata:
        %s
        spec:
          entrypoint: main
          templates:
          - name: main
            dag:
              tasks:
              - name: %s
                template: read
        %s
          - name: read
            inputs:
              artifacts:
              - name: %s
                path: /tmp/jera/inputs/file
                raw:
                  data: planted
        %s
            script:
              image: registry.example.com/tools:1
              command: [java]
              args: [-cp, /app/classes, dev.jera.runner.testing.ToolRunner, read]
              source: "[]"
        %s
        """.formatted(metadata.indent(2).stripTrailing(), task,
            argument.isEmpty() ? "" : ("arguments:\n" + argument.indent(2)).indent(8).stripTrailing(), input,
            extra.indent(4).stripTrailing(), env.indent(6).stripTrailing());
  }

  private static String manifest(String metadata, String task, String input, String extra) {
    return manifest(metadata, task, "", input, extra, "");
  }

  private static String manifest(String input) {
    return manifest("generateName: evil-", "fetch", input, "");
  }

  static Stream<Arguments> hostileFields() {
    return Stream.of(
        Arguments.of(manifest("../../../../escape"),
            "spec.templates[1].inputs.artifacts[0].name: not a valid artifact name: \"../../../../escape\" contains"),
        Arguments.of(manifest("generateName: evil-", "../../up", "file", ""),
            "spec.templates[0].dag.tasks[0].name: not a valid task name: \"../../up\""),
        Arguments.of(manifest("name: ../../evil", "fetch", "file", ""),
            "metadata.name: not a valid resource name: \"../../evil\""),
        Arguments.of(manifest("generateName: ../evil-", "fetch", "file", ""),
            "metadata.generateName: not a valid generateName: \"../evil-\""),
        Arguments.of(manifest("labels: {a: b}", "fetch", "file", ""),
            "metadata: one of 'name' and 'generateName' is required"),
        Arguments.of(manifest("generateName: evil-", "fetch", "file",
                "outputs:\n  artifacts:\n  - name: ../../../out\n    path: /tmp/jera/outputs/x"),
            "spec.templates[1].outputs.artifacts[0].name: not a valid artifact name: \"../../../out\""),
        Arguments.of(manifest("generateName: evil-", "fetch", "file",
                "outputs:\n  artifacts:\n  - name: out\n    path: /tmp/jera/../../etc/out"),
            "spec.templates[1].outputs.artifacts[0].path: not a valid artifact path: '/tmp/jera/../../etc/out' contains '..'"),
        Arguments.of(manifest("generateName: evil-", "fetch", "", "file", "", "env:\n- {name: \"A=B\", value: x}"),
            "spec.templates[1].script.env[0].name: not a valid environment variable name: \"A=B\""),
        Arguments.of(manifest("generateName: evil-", "fetch", "", "file", "",
                "envFrom:\n- {prefix: \"X=\", configMapRef: {name: settings}}"),
            "spec.templates[1].script.envFrom[0].prefix: not a valid environment variable prefix: \"X=\""),
        Arguments.of(manifest("generateName: evil-", "fetch", "artifacts:\n- {name: ../x, raw: {data: d}}", "file", "", ""),
            "spec.templates[0].dag.tasks[0].arguments.artifacts[0].name: not a valid artifact name: \"../x\""));
  }

  @ParameterizedTest
  @MethodSource("hostileFields")
  void aNameThatWouldLeaveTheRunsFolderOrBreakAProcessIsRefusedByTheReader(String manifest, String message) {
    ManifestException refused = assertThrows(ManifestException.class, () -> ManifestReader.read(manifest, "workflow 'evil'"));
    assertThat(refused).hasMessageThat().startsWith("workflow 'evil': ");
    assertThat(refused).hasMessageThat().contains(message);
    assertThat(refused.getMessage().lines().count()).isEqualTo(1);
  }

  @Test
  void anArtifactFromIsOneReferenceToAnArtifact() {
    for (String from : List.of("/etc/passwd", "{{workflow.parameters.file}}", "x{{tasks.a.outputs.artifacts.r}}")) {
      String manifest = manifest("generateName: evil-", "fetch", "artifacts:\n- {name: file, from: \"" + from + "\"}",
          "file", "", "");
      ManifestException refused = assertThrows(ManifestException.class, () -> ManifestReader.read(manifest, "w"));
      assertThat(refused).hasMessageThat().isEqualTo("w: spec.templates[0].dag.tasks[0].arguments.artifacts[0].from:"
          + " not a valid artifact reference: '" + from + "' is not a reference to an artifact; write one tag such as"
          + " {{tasks.<task>.outputs.artifacts.<name>}}");
    }
    String fine = manifest("generateName: evil-", "fetch",
        "artifacts:\n- {name: file, from: \"{{tasks.a.outputs.artifacts.result}}\"}", "file", "", "");
    assertThat(ManifestReader.read(fine, "w").entryTasks().get(0).artifacts()).hasSize(1);
  }

  @Test
  void aHostileManifestOnTheClassPathIsRefusedBeforeAnythingRunsNamingItsPlace() throws IOException {
    Path outside = home.resolve("escape");
    // From home/runs/<run>/steps/fetch/artifacts/inputs/, six levels up is home: main wrote the file there.
    publish("evil", manifest("../../../../../../escape"));

    Outcome outcome = jera("run", "evil");

    assertThat(outcome.code()).isEqualTo(2);
    assertThat(outcome.err().lines().count()).isEqualTo(1);
    assertThat(outcome.err()).contains("workflow 'evil': spec.templates[1].inputs.artifacts[0].name: not a valid artifact name:");
    assertThat(outcome.err()).contains("(in " + classes.toUri().toURL() + "META-INF/argo/evil.yaml)");
    assertThat(Files.exists(outside)).isFalse();
    assertThat(Files.exists(home.resolve("runs"))).isFalse();
  }

  @Test
  void anIndexEntryMustNameItsManifestWhereTheProcessorWritesIt() throws IOException {
    publish("evil", manifest("file"));
    Files.writeString(classes.resolve("META-INF/jera/index.json"), index("evil", "META-INF/argo/../../../../../../etc/hostname"));

    Outcome outcome = jera("list");

    assertThat(outcome.code()).isEqualTo(2);
    assertThat(outcome.err()).contains("workflow 'evil': its manifest must be META-INF/argo/evil.yaml (or"
        + " META-INF/argo/evil.workflow.yaml), not"
        + " 'META-INF/argo/../../../../../../etc/hostname'");
  }

  @Test
  void onlyAKindOfArgoMayStandInAManifestsFileName() throws IOException {
    publish("evil", manifest("file"));
    Files.writeString(classes.resolve("META-INF/jera/index.json"), index("evil", "META-INF/argo/evil.x/../../../../etc/hostname.yaml")
        .replace("\"kind\": \"Workflow\"", "\"kind\": \"X/../../../../etc/hostname\""));

    Outcome outcome = jera("list");

    assertThat(outcome.code()).isEqualTo(2);
    assertThat(outcome.err()).contains("workflow 'evil': its manifest must be META-INF/argo/evil.yaml, not"
        + " 'META-INF/argo/evil.x/../../../../etc/hostname.yaml'");
  }

  @Test
  void anIndexEntryNamesAWorkflowAsKubernetesWould() throws IOException {
    publish("evil", manifest("file"));
    Files.writeString(classes.resolve("META-INF/jera/index.json"), index("../evil", "META-INF/argo/../evil.yaml"));

    Outcome outcome = jera("list");

    assertThat(outcome.code()).isEqualTo(2);
    assertThat(outcome.err()).contains("workflow name is not a valid resource name: \"../evil\"");
  }

  @Test
  void aManifestBuiltInCodeIsCheckedBeforeItRuns() {
    WorkflowManifest read = ManifestReader.read(manifest("file"), "test");
    DagTemplate main = (DagTemplate) read.entryTemplate();
    Task task = main.tasks().get(0);
    Task renamed = new Task("../../up", task.template(), task.templateRef(), task.depends(), task.arguments(),
        task.artifacts(), task.withParam(), task.withItems(), task.withSequence(), task.when(), task.continueOn(), task.exitHook());
    Map<String, ManifestTemplate> templates = new java.util.LinkedHashMap<>(read.templates());
    templates.put("main", new DagTemplate("main", List.of(renamed), null, true, null, List.of(), List.of(), List.of()));
    WorkflowManifest built = new WorkflowManifest(read.kind(), read.name(), read.generateName(), read.labels(), read.entrypoint(),
        read.onExit(), read.exitHook(), read.parallelism(), read.serviceAccountName(), read.activeDeadlineSeconds(),
        read.synchronization(), read.workflowTemplateRef(), read.parameters(), templates, read.referenced(),
        read.metadata());
    RunRequest request = RunRequest.builder("evil", built, new RunnerRegistry(getClass().getClassLoader())).home(home).build();

    ManifestException refused = assertThrows(ManifestException.class, () -> LocalExecutor.run(request));
    assertThat(refused).hasMessageThat().isEqualTo("workflow 'evil': not a valid task name: \"../../up\" contains '.'"
        + " and '/'; use letters, digits and '-' (e.g. \"up\")");
    assertThat(Files.exists(home.resolve("runs"))).isFalse();
  }

  /** What one command printed and returned. */
  private record Outcome(int code, String out, String err) {}

  private Outcome jera(String... args) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, getClass().getClassLoader())) {
      int code = new JeraCli(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
          Map.of("JERA_HOME", home.toString()), loader, false).run(args);
      return new Outcome(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
  }

  /** Puts a workflow's manifest and an index naming it into the class path folder, as a jar would hold them. */
  private void publish(String name, String manifest) throws IOException {
    Files.createDirectories(classes.resolve("META-INF/argo"));
    Files.createDirectories(classes.resolve("META-INF/jera"));
    Files.writeString(classes.resolve("META-INF/argo/" + name + ".yaml"), manifest);
    Files.writeString(classes.resolve("META-INF/jera/index.json"), index(name, "META-INF/argo/" + name + ".yaml"));
  }

  private static String index(String name, String manifest) {
    return """
        {"version": 1, "workflows": [{"name": "%s", "kind": "Workflow", "style": "DAG",
          "className": "evil.Evil", "runner": "dev.jera.runner.testing.ToolRunner", "manifest": "%s",
          "parameters": [], "steps": [{"name": "fetch", "method": "fetch", "returns": "java.lang.String",
          "fansOut": false, "inputs": []}]}]}
        """.formatted(name, manifest);
  }
}
