package dev.jera.runtime.local;

import static com.google.common.truth.Truth.assertThat;
import static dev.jera.runtime.local.TestRuns.script;
import static dev.jera.runtime.local.TestRuns.workflow;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Workflow parallelism, and its override, bound the steps running at once. */
class ParallelismTest {
  @TempDir Path home;

  private static final String EIGHT_ITEMS = workflow("""
      entrypoint: main
      parallelism: 2
      templates:
      - name: main
        dag:
          tasks:
          - name: work
            template: work
            arguments:
              parameters:
              - name: n
                value: "{{item}}"
            withItems: [1, 2, 3, 4, 5, 6, 7, 8]
          - name: alone
            template: alone
      """, script("work", "n"), script("alone"));

  private static ScriptedRunner sleepy() {
    return new ScriptedRunner()
        .step("work", in -> {
          Thread.sleep(30);
          return in.raw("n");
        })
        .step("alone", in -> {
          Thread.sleep(30);
          return "alone";
        });
  }

  @Test
  void theManifestsParallelismBoundsRunningSteps() {
    ScriptedRunner runner = sleepy();

    RunReport report = TestRuns.run(EIGHT_ITEMS, runner, home);

    assertThat(report.phase()).isEqualTo(Phase.SUCCEEDED);
    assertThat(runner.mostRunningAtOnce()).isEqualTo(2);
    assertThat(report.steps().get("work").result()).isEqualTo("[1,2,3,4,5,6,7,8]");
  }

  @Test
  void anOverrideReplacesIt() {
    ScriptedRunner runner = sleepy();

    TestRuns.run(EIGHT_ITEMS, runner, home, request -> request.parallelism(3));

    assertThat(runner.mostRunningAtOnce()).isEqualTo(3);
  }

  @Test
  void oneAtATimeRunsEverythingInTurn() {
    ScriptedRunner runner = sleepy();

    RunReport report = TestRuns.run(EIGHT_ITEMS, runner, home, request -> request.parallelism(1));

    assertThat(runner.mostRunningAtOnce()).isEqualTo(1);
    assertThat(report.steps().get("work").children()).hasSize(8);
  }
}
