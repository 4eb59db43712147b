package dev.jera.local;

import static com.google.common.truth.Truth.assertThat;
import static dev.jera.local.TestRuns.script;
import static dev.jera.local.TestRuns.scriptWith;
import static dev.jera.local.TestRuns.workflow;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.jera.local.manifest.ManifestReader;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code spec.entrypoint} naming a script template (Argo runs it as the workflow's own node, its inputs
 * bound to the workflow's arguments by name), and WorkflowTemplates that have no entrypoint.
 */
class EntrypointTest {
  @TempDir Path home;

  private static final String LEAF = workflow("""
      entrypoint: print-message
      arguments:
        parameters:
        - name: message
          value: hello world
      templates:
      """, script("print-message", "message"));

  @Test
  void aScriptEntrypointRunsAsTheWorkflowsNodeWithTheWorkflowsArguments() {
    ScriptedRunner runner = new ScriptedRunner().step("print-message", in -> "said " + in.raw("message"));

    RunReport report = TestRuns.run(LEAF, runner, home);

    assertThat(report.phase()).isEqualTo(Phase.SUCCEEDED);
    assertThat(report.steps().keySet()).containsExactly("print-message");
    assertThat(report.steps().get("print-message").result()).isEqualTo("said hello world");
    // operator.go: the entry template's node is the workflow's own, named after it; a pod, no DAG around it.
    assertThat(report.nodes()).hasSize(1);
    NodeReport node = report.nodes().get(0);
    assertThat(node.name()).isEqualTo(report.workflowName());
    assertThat(node.type()).isEqualTo(NodeType.POD);
    assertThat(node.templateName()).isEqualTo("print-message");
  }

  @Test
  void aGivenParameterReachesTheEntryTemplatesInput() {
    ScriptedRunner runner = new ScriptedRunner().step("print-message", in -> in.raw("message"));

    RunReport report = TestRuns.run(LEAF, runner, home, request -> request.parameters(java.util.Map.of("message", "bye")));

    assertThat(report.steps().get("print-message").result()).isEqualTo("bye");
  }

  @Test
  void aFailingEntryTemplateFailsTheWorkflowWithItsMessage() {
    ScriptedRunner runner = new ScriptedRunner().step("print-message", in -> {
      throw new IllegalStateException("no paper");
    });

    RunReport report = TestRuns.run(LEAF, runner, home);

    assertThat(report.phase()).isEqualTo(Phase.FAILED);
    assertThat(report.message()).isEqualTo("main: Error (exit code 1)");
    assertThat(report.steps().get("print-message").phase()).isEqualTo(Phase.FAILED);
  }

  @Test
  void anEntryTemplateIsRetriedByItsRetryStrategy() {
    String manifest = workflow("entrypoint: flaky\ntemplates:\n", scriptWith("flaky", "retryStrategy:\n  limit: \"3\""));
    int[] calls = {0};
    ScriptedRunner runner = new ScriptedRunner().step("flaky", in -> {
      if (++calls[0] < 3) {
        throw new IllegalStateException("not yet");
      }
      return "ok";
    });

    RunReport report = TestRuns.run(manifest, runner, home);

    assertThat(report.phase()).isEqualTo(Phase.SUCCEEDED);
    assertThat(report.steps().get("flaky").attempts()).isEqualTo(3);
  }

  @Test
  void aWorkflowTemplateWithoutEntrypointIsALibraryThatDoesNotRun() {
    String library = """
        apiVersion: argoproj.io/v1alpha1
        kind: WorkflowTemplate
        metadata:
          name: inner
        spec:
          templates:
        """ + script("print-message", "message").indent(2);
    var manifest = ManifestReader.read(library, "workflow 'inner'");
    assertThat(manifest.entrypoint()).isNull();
    assertThat(manifest.entryTasks()).isEmpty();

    InvalidRunException refused = assertThrows(InvalidRunException.class,
        () -> TestRuns.run(manifest, new ScriptedRunner(), home, request -> request));
    assertThat(refused).hasMessageThat().isEqualTo("workflow 'test' is a library of templates with no entrypoint:"
        + " nothing to run; run a workflow that calls its templates");
  }

  @Test
  void aWorkflowStillNeedsAnEntrypoint() {
    String noEntry = workflow("templates: []\n");
    var problem = assertThrows(RuntimeException.class, () -> ManifestReader.read(noEntry, "workflow 'x'"));
    assertThat(problem).hasMessageThat().contains("entrypoint");
    assertThat(List.of()).isEmpty();
  }
}
