package dev.jera.local;

import static com.google.common.truth.Truth.assertThat;
import static dev.jera.local.TestRuns.script;
import static dev.jera.local.TestRuns.workflow;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** STEPS templates: groups in order, steps of a group in parallel, no group after a failure. */
class StepsSemanticsTest {
  @TempDir Path home;

  private static final String COIN = workflow("""
      entrypoint: main
      templates:
      - name: main
        steps:
        - - name: flip
            template: flip
        - - name: heads
            template: heads
            when: "{{steps.flip.outputs.result}} == heads"
          - name: tails
            template: tails
            when: "{{steps.flip.outputs.result}} == tails"
        - - name: last
            template: last
            arguments:
              parameters:
              - name: x
                value: "{{steps.heads.outputs.result}}{{steps.heads.status}}/{{steps.tails.status}}"
      """, script("flip"), script("heads"), script("tails"), script("last", "x"));

  @Test
  void runsGroupsInOrderAndLaterGroupsSeeEarlierOutputs() {
    ScriptedRunner runner = new ScriptedRunner()
        .returns("flip", "heads").returns("heads", "H").returns("tails", "T").step("last", in -> in.raw("x"));

    RunReport report = TestRuns.run(COIN, runner, home);

    assertThat(report.phase()).isEqualTo(Phase.SUCCEEDED);
    assertThat(report.steps().keySet()).containsExactly("flip", "heads", "tails", "last").inOrder();
    assertThat(report.steps().get("tails").phase()).isEqualTo(Phase.SKIPPED);
    assertThat(report.steps().get("last").result()).isEqualTo("HSucceeded/Skipped");
    assertThat(runner.order().get(0)).isEqualTo("flip");
    assertThat(runner.order().get(runner.order().size() - 1)).isEqualTo("last");
  }

  @Test
  void aFailedGroupStopsLaterGroups() {
    ScriptedRunner runner = new ScriptedRunner()
        .step("flip", in -> {
          throw new IllegalStateException("coin lost");
        })
        .returns("heads", "H").returns("tails", "T").returns("last", "L");

    RunReport report = TestRuns.run(COIN, runner, home);

    assertThat(report.phase()).isEqualTo(Phase.FAILED);
    assertThat(report.steps().get("flip").phase()).isEqualTo(Phase.FAILED);
    // steps.go:executeSteps creates no node for the groups after a failed one.
    for (String later : new String[] {"heads", "tails", "last"}) {
      assertThat(report.steps().get(later).hasNode()).isFalse();
      assertThat(report.steps().get(later).phase()).isNull();
    }
    assertThat(report.node("[1]")).isNull();
    assertThat(runner.calls("last")).isEqualTo(0);
    // steps.go:executeStepGroup: "child '<node id>' failed", which the steps node and the workflow take.
    String flipId = report.node("flip").id();
    assertThat(report.node("[0]").message()).isEqualTo("child '" + flipId + "' failed");
    assertThat(report.message()).isEqualTo("child '" + flipId + "' failed");
  }

  /** steps.go:executeStepGroup: a failed child fails its group unless its continueOn covers its phase. */
  @Test
  void aStepThatContinuesOnFailureKeepsItsPhaseAndTheWorkflowGoesOn() {
    String manifest = workflow("""
        entrypoint: main
        templates:
        - name: main
          steps:
          - - name: flakey
              template: flakey
              continueOn:
                failed: true
            - name: steady
              template: steady
          - - name: after
              template: after
              arguments:
                parameters:
                - name: x
                  value: "{{steps.flakey.status}}"
        """, script("flakey"), script("steady"), script("after", "x"));
    ScriptedRunner runner = new ScriptedRunner()
        .step("flakey", in -> {
          throw new IllegalStateException("exit 1");
        })
        .returns("steady", "S").step("after", in -> in.raw("x"));

    RunReport report = TestRuns.run(manifest, runner, home);

    assertThat(report.phase()).isEqualTo(Phase.SUCCEEDED);
    assertThat(report.steps().get("flakey").phase()).isEqualTo(Phase.FAILED);
    assertThat(report.node("[0]").phase()).isEqualTo(Phase.SUCCEEDED);
    assertThat(report.steps().get("after").result()).isEqualTo("Failed");
  }

  @Test
  void continueOnErrorDoesNotCoverAFailure() {
    String manifest = workflow("""
        entrypoint: main
        templates:
        - name: main
          steps:
          - - name: flakey
              template: flakey
              continueOn:
                error: true
          - - name: after
              template: after
        """, script("flakey"), script("after"));
    ScriptedRunner runner = new ScriptedRunner()
        .step("flakey", in -> {
          throw new IllegalStateException("exit 1");
        })
        .returns("after", "A");

    RunReport report = TestRuns.run(manifest, runner, home);

    assertThat(report.phase()).isEqualTo(Phase.FAILED);
    assertThat(runner.calls("after")).isEqualTo(0);
  }

  @Test
  void stepsOfAGroupRunInParallel() {
    String manifest = workflow("""
        entrypoint: main
        templates:
        - name: main
          steps:
          - - name: one
              template: one
            - name: two
              template: two
        """, script("one"), script("two"));
    java.util.concurrent.CyclicBarrier together = new java.util.concurrent.CyclicBarrier(2);
    ScriptedRunner runner = new ScriptedRunner()
        .step("one", in -> {
          together.await(10, java.util.concurrent.TimeUnit.SECONDS);
          return "1";
        })
        .step("two", in -> {
          together.await(10, java.util.concurrent.TimeUnit.SECONDS);
          return "2";
        });

    RunReport report = TestRuns.run(manifest, runner, home);

    assertThat(report.phase()).isEqualTo(Phase.SUCCEEDED);
    assertThat(runner.mostRunningAtOnce()).isEqualTo(2);
  }
}
