package dev.jera.local;

import static com.google.common.truth.Truth.assertThat;
import static dev.jera.local.TestRuns.tool;
import static dev.jera.local.TestRuns.workflow;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * spec.activeDeadlineSeconds: running pods stopped ("Step exceeded its deadline", exec_control.go), pods not created
 * yet failed without running (operator.go:failNodesWithoutCreatedPodsAfterDeadlineOrShutdown), the DAG Failed with
 * no message, the exit handler run.
 */
class DeadlineTest {
  @TempDir Path home;

  private static final String MANIFEST = workflow("""
      entrypoint: main
      activeDeadlineSeconds: 1
      parallelism: 1
      onExit: done
      templates:
      - name: main
        dag:
          tasks:
          - name: slow
            template: sleep
          - name: queued
            template: echo
            arguments:
              parameters:
              - name: text
                value: never
          - name: after
            template: echo
            depends: slow.Failed
            arguments:
              parameters:
              - name: text
                value: never
      - name: done
        inputs:
          parameters:
          - name: text
            value: "{{workflow.status}}"
        script:
          image: test
          command: [java]
          args: [-cp, /app/classes, dev.jera.runner.testing.ToolRunner, echo]
          source: "{{inputs.parameters}}"
      """, tool("sleep", "sleep", ""), tool("echo", "echo", "", "text"));

  @ParameterizedTest(name = "isolated={0}")
  @ValueSource(booleans = {false, true})
  void theWorkflowFailsWhenItsDeadlinePasses(boolean isolated) {
    RunReport report = TestRuns.runTools(MANIFEST, home, isolated);

    assertThat(report.phase()).isEqualTo(Phase.FAILED);
    assertThat(report.message()).isNull();
    StepReport slow = report.steps().get("slow");
    assertThat(slow.phase()).isEqualTo(Phase.FAILED);
    assertThat(slow.message()).isEqualTo("Step exceeded its deadline");
    assertThat(slow.attempts()).isEqualTo(1);
    for (String step : new String[] {"queued", "after"}) {
      assertThat(report.steps().get(step).phase()).isEqualTo(Phase.FAILED);
      assertThat(report.steps().get(step).message()).isEqualTo("Step exceeded its deadline");
      assertThat(report.steps().get(step).attempts()).isEqualTo(0);
    }
    assertThat(report.steps().get("done").result()).isEqualTo("Failed");
  }
}
