package dev.jera.local;

import static com.google.common.truth.Truth.assertThat;
import static dev.jera.local.TestRuns.script;
import static dev.jera.local.TestRuns.scriptWith;
import static dev.jera.local.TestRuns.workflow;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** spec.onExit: runs whatever the outcome, sees workflow.status and workflow.failures. */
class ExitHandlerTest {
  @TempDir Path home;

  private static String withExitHandler(String mainTemplate) {
    return workflow("""
        entrypoint: main
        onExit: announce
        templates:
        - name: main
          dag:
            tasks:
            - name: work
              template: work
        """, script("work"), scriptWith("announce", """
            inputs:
              parameters:
              - name: status
                value: "{{workflow.status}}"
              - name: failures
                value: "{{workflow.failures}}"
            """));
  }

  @Test
  void runsAfterAFailureAndSeesStatusAndFailures() throws Exception {
    ScriptedRunner runner = new ScriptedRunner()
        .step("work", in -> {
          throw new IllegalStateException("disk full");
        })
        .step("announce", in -> in.raw("status") + "\n" + in.raw("failures"));

    RunReport report = TestRuns.run(withExitHandler(""), runner, home);

    assertThat(report.phase()).isEqualTo(Phase.FAILED);
    assertThat(report.steps().keySet()).containsExactly("work", "announce").inOrder();
    StepReport announce = report.steps().get("announce");
    assertThat(announce.phase()).isEqualTo(Phase.SUCCEEDED);
    String[] lines = announce.result().split("\n", 2);
    assertThat(lines[0]).isEqualTo("Failed");
    // Argo stores workflow.failures through strconv.Quote: the step receives a quoted JSON string.
    ObjectMapper json = new ObjectMapper();
    JsonNode failures = json.readTree(json.readTree(lines[1]).asText());
    // operator.go:operate lists every failed node: the DAG's own node, then the failed step.
    assertThat(failures.size()).isEqualTo(2);
    JsonNode dag = failures.get(0);
    assertThat(dag.get("displayName").asText()).isEqualTo(report.workflowName());
    assertThat(dag.get("templateName").asText()).isEqualTo("main");
    assertThat(dag.get("phase").asText()).isEqualTo("Failed");
    assertThat(dag.get("message").asText()).isEmpty();
    assertThat(dag.get("podName").asText()).isEqualTo(report.workflowName());
    JsonNode work = failures.get(1);
    assertThat(work.get("displayName").asText()).isEqualTo("work");
    assertThat(work.get("templateName").asText()).isEqualTo("work");
    assertThat(work.get("phase").asText()).isEqualTo("Failed");
    assertThat(work.get("message").asText()).isEqualTo("main: Error (exit code 1)");
    assertThat(work.get("podName").asText()).startsWith(report.workflowName() + "-work-");
    assertThat(work.get("finishedAt").asText()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ");
    assertThat(report.steps().get("work").detail()).isEqualTo("java.lang.IllegalStateException: disk full");
  }

  @Test
  void seesSucceededWhenTheMainFlowSucceeded() {
    ScriptedRunner runner = new ScriptedRunner()
        .returns("work", "done")
        .step("announce", in -> in.raw("status") + " " + in.raw("failures"));

    RunReport report = TestRuns.run(withExitHandler(""), runner, home);

    assertThat(report.phase()).isEqualTo(Phase.SUCCEEDED);
    assertThat(report.steps().get("announce").result()).isEqualTo("Succeeded \"null\"");
  }

  @Test
  void aFailingExitHandlerFailsASucceededWorkflow() {
    ScriptedRunner runner = new ScriptedRunner()
        .returns("work", "done")
        .step("announce", in -> {
          throw new RuntimeException("cannot announce");
        });

    RunReport report = TestRuns.run(withExitHandler(""), runner, home);

    assertThat(report.steps().get("work").phase()).isEqualTo(Phase.SUCCEEDED);
    assertThat(report.steps().get("announce").phase()).isEqualTo(Phase.FAILED);
    assertThat(report.phase()).isEqualTo(Phase.FAILED);
    // operator.go:operate: the exit handler's message becomes the workflow's.
    assertThat(report.message()).isEqualTo("main: Error (exit code 1)");
    NodeReport exit = report.node(report.workflowName() + ".onExit");
    assertThat(exit.hooked()).isTrue();
    assertThat(exit.boundaryId()).isNull();
  }
}
