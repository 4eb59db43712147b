package dev.jera.local;

import static com.google.common.truth.Truth.assertThat;
import static dev.jera.local.TestRuns.script;
import static dev.jera.local.TestRuns.workflow;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.jera.local.engine.LocalExecutor;
import dev.jera.local.engine.RunRequest;
import dev.jera.local.launch.RunnerRegistry;
import dev.jera.local.manifest.ManifestException;
import dev.jera.local.manifest.ManifestReader;
import dev.jera.local.manifest.WorkflowManifest;
import dev.jera.local.manifest.WorkflowParameter;
import dev.jera.runner.StepInputs;
import dev.jera.runner.StepRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** templateRef, workflowTemplateRef and runners found by the class each template names. */
class TemplateReferencesTest {
  @TempDir Path home;

  private static final String LIBRARY = """
      apiVersion: argoproj.io/v1alpha1
      kind: WorkflowTemplate
      metadata:
        name: lib-1
      spec:
        entrypoint: main
        arguments:
          parameters:
          - name: who
          - name: mood
            value: calm
            enum: [calm, loud]
            description: how to greet
        templates:
        - name: main
          dag:
            tasks:
            - name: hi
              template: greet
              arguments:
                parameters:
                - name: who
                  value: "{{workflow.parameters.who}}/{{workflow.parameters.mood}}"
        - name: greet
          inputs:
            parameters:
            - name: who
          script:
            image: lib:1
            command: [java]
            args: [-cp, /app/classes, test.LibraryRunner, greet]
            source: "{{inputs.parameters}}"
      """;

  private static final String CALLER = workflow("""
      entrypoint: main
      templates:
      - name: main
        dag:
          tasks:
          - name: name
            template: name
          - name: hello
            templateRef:
              name: lib-1
              template: greet
            depends: name
            arguments:
              parameters:
              - name: who
                value: "{{tasks.name.outputs.result}} of {{workflow.name}}"
      """, script("name"));

  /** A second hand-written runner, for the library's template. */
  private static final class Library implements StepRunner {
    @Override
    public List<String> steps() {
      return List.of("greet");
    }

    @Override
    public String run(String step, StepInputs inputs) {
      return "hello " + inputs.raw("who");
    }
  }

  private RunReport run(WorkflowManifest manifest, ScriptedRunner runner) {
    return TestRuns.run(manifest, runner, home, request -> request);
  }

  @Test
  void aTaskRunsTheReferencedTemplateThroughTheRunnerItsArgsName() {
    WorkflowManifest manifest = TestRuns.resolve(CALLER, Map.of("lib-1", LIBRARY));
    ScriptedRunner own = new ScriptedRunner().returns("name", "ada");
    RunnerRegistry runners = new RunnerRegistry(getClass().getClassLoader())
        .register(ScriptedRunner.CLASS, own).register("test.LibraryRunner", new Library());

    RunReport report = LocalExecutor.run(RunRequest.builder("test", manifest, runners).home(home).build());

    assertThat(report.phase()).isEqualTo(Phase.SUCCEEDED);
    assertThat(report.steps().get("hello").result()).isEqualTo("hello ada of " + report.workflowName());
    assertThat(report.steps().get("hello").attempts()).isEqualTo(1);
    assertThat(manifest.templateOf(manifest.entryTasks().get(1)).name()).isEqualTo("greet");
  }

  @Test
  void aStepOfAStepsTemplateCallsByTemplateRefToo() {
    String steps = workflow("""
        entrypoint: main
        templates:
        - name: main
          steps:
          - - name: hello
              templateRef:
                name: lib-1
                template: greet
              arguments:
                parameters:
                - name: who
                  value: steps
        """);
    RunnerRegistry runners = new RunnerRegistry(getClass().getClassLoader()).register("test.LibraryRunner", new Library());

    RunReport report = LocalExecutor.run(RunRequest.builder("test", TestRuns.resolve(steps, Map.of("lib-1", LIBRARY)), runners)
        .home(home).build());

    assertThat(report.steps().get("hello").result()).isEqualTo("hello steps");
  }

  @Test
  void aWorkflowThatRunsATemplateTakesItsSpecUnderItsOwnNameAndArguments() {
    String february = """
        apiVersion: argoproj.io/v1alpha1
        kind: Workflow
        metadata:
          generateName: feb-
          labels:
            month: feb
        spec:
          workflowTemplateRef:
            name: lib-1
          arguments:
            parameters:
            - name: who
              value: february
            - name: extra
              value: "1"
        """;

    WorkflowManifest manifest = TestRuns.resolve(february, Map.of("lib-1", LIBRARY));

    assertThat(manifest.kind()).isEqualTo("Workflow");
    assertThat(manifest.generateName()).isEqualTo("feb-");
    assertThat(manifest.labels()).containsExactly("month", "feb");
    assertThat(manifest.entrypoint()).isEqualTo("main");
    assertThat(manifest.workflowTemplateRef()).isNull();
    assertThat(manifest.parameters()).containsExactly(
        new WorkflowParameter("who", "february", List.of(), null),
        new WorkflowParameter("mood", "calm", List.of("calm", "loud"), "how to greet"),
        new WorkflowParameter("extra", "1", List.of(), null)).inOrder();
    RunnerRegistry runners = new RunnerRegistry(getClass().getClassLoader()).register("test.LibraryRunner", new Library());
    RunReport report = LocalExecutor.run(RunRequest.builder("feb", manifest, runners).home(home).build());
    assertThat(report.workflowName()).startsWith("feb-");
    assertThat(report.steps().get("hi").result()).isEqualTo("hello february/calm");
  }

  @Test
  void referencesThatCannotBeResolvedAreOneLineErrors() {
    String dagRef = CALLER.replace("template: greet", "template: main");
    String typo = CALLER.replace("template: greet", "template: gret");
    String cluster = CALLER.replaceFirst("( +)template: greet", "$1template: greet\n$1clusterScope: true");
    String unknown = CALLER.replace("name: lib-1", "name: lib-2");

    // A graph of another workflow resolves in that workflow: its tasks' own templates become templateRefs to it.
    WorkflowManifest withGraph = TestRuns.resolve(dagRef, Map.of("lib-1", LIBRARY));
    dev.jera.local.manifest.ManifestTemplate graph = withGraph.graphOf(
        withGraph.entryTasks().stream().filter(task -> task.name().equals("hello")).findFirst().orElseThrow());
    assertThat(graph).isNotNull();
    assertThat(graph.graphTasks().stream().allMatch(task -> task.templateRef() != null
        && task.templateRef().name().equals("lib-1"))).isTrue();
    assertThat(assertThrows(ManifestException.class, () -> TestRuns.resolve(typo, Map.of("lib-1", LIBRARY))))
        .hasMessageThat().isEqualTo("workflow 'test': task 'hello': templateRef lib-1/gret: WorkflowTemplate 'lib-1'"
            + " has no template 'gret'; did you mean 'greet'?");
    assertThat(assertThrows(ManifestException.class, () -> TestRuns.resolve(cluster, Map.of("lib-1", LIBRARY))))
        .hasMessageThat().isEqualTo("workflow 'test': task 'hello': templateRef lib-1/greet: 'lib-1' is a WorkflowTemplate,"
            + " not a ClusterWorkflowTemplate (clusterScope says which one is meant)");
    assertThat(assertThrows(ManifestException.class, () -> TestRuns.resolve(unknown, Map.of("lib-1", LIBRARY))))
        .hasMessageThat().isEqualTo("workflow 'test': task 'hello': templateRef lib-2/greet: there is no"
            + " WorkflowTemplate 'lib-2' on the class path; did you mean 'lib-1'?");
  }

  @Test
  void anUnresolvedManifestIsNotRun() {
    WorkflowManifest unresolved = ManifestReader.read(CALLER, "test");

    ManifestException refused = assertThrows(ManifestException.class, () -> run(unresolved, new ScriptedRunner()));

    assertThat(refused).hasMessageThat().startsWith("workflow 'test' refers to templates of other workflows");
  }

  @ParameterizedTest(name = "isolated={0}")
  @ValueSource(booleans = {false, true})
  void aCompiledWorkflowCallsALibraryTemplateAndATemplateOfAnotherWorkflow(boolean isolated) {
    LocalReport report = TestCatalog.with(() -> LocalRun.of("tools-call").isolated(isolated).home(home).run());

    assertThat(report.phase()).isEqualTo(Phase.SUCCEEDED);
    String first = report.result("first");
    assertThat(first).isEqualTo("hello");
    assertThat(report.step("shout").result()).isEqualTo("HELLO");
    assertThat(report.step("borrowed").result()).isEqualTo("HELLO via " + report.report().workflowName());
  }

  @ParameterizedTest(name = "isolated={0}")
  @ValueSource(booleans = {false, true})
  void aCompiledWorkflowRunsATemplateWithItsArguments(boolean isolated) {
    LocalReport report = TestCatalog.with(() -> LocalRun.of("tools-feb").param("suffix", "?").isolated(isolated).home(home).run());

    assertThat(report.phase()).isEqualTo(Phase.SUCCEEDED);
    assertThat(report.report().workflowName()).startsWith("tools-feb-");
    assertThat(report.report().parameters()).containsExactly("text", "feb", "suffix", "?").inOrder();
    String said = report.result("say");
    assertThat(said).isEqualTo("feb? from " + report.report().workflowName());
  }

  @Test
  void aTemplateWhoseRunnerIsMissingIsRefusedBeforeAnyStepRuns() {
    ManifestException refused = assertThrows(ManifestException.class, () -> TestCatalog.with(() -> LocalRun.of("tools-broken")));

    assertThat(refused).hasMessageThat().isEqualTo("workflow 'tools-broken': template 'lost': runner class"
        + " dev.jera.local.testing.NoSuchRunner is not on the class path");
    assertThat(Files.exists(home.resolve("runs"))).isFalse();
  }

  @Test
  void theGraphOfAWorkflowThatRunsATemplateIsTheTemplates() {
    WorkflowManifest manifest = Catalog.load(TestCatalog.loader()).manifest("tools-feb");

    assertThat(manifest.entryTasks().get(0).name()).isEqualTo("say");
    assertThat(manifest.activeDeadlineSeconds()).isEqualTo(600);
  }
}
