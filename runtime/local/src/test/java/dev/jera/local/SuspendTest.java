package dev.jera.local;

import static com.google.common.truth.Truth.assertThat;
import static dev.jera.local.TestRuns.script;
import static dev.jera.local.TestRuns.workflow;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Suspend templates as Argo's {@code operator.go:executeSuspend} runs them: a Suspend node that waits its
 * duration and then takes its outputs' defaults, or, without a duration, is resumed as soon as it is reached when
 * the run is asked to, with the values supplied; a run that nothing would resume is refused before it starts.
 */
class SuspendTest {
  @TempDir Path home;

  private static String steps(String suspend, String outputs) {
    return steps("", INPUT, suspend, outputs);
  }

  /** The input the UI offers when resuming: YES or NO, NO by default. */
  private static final String INPUT = """
      inputs:
        parameters:
        - name: message
          default: "NO"
          enum: ["YES", "NO"]
      """;

  private static String steps(String spec, String inputs, String suspend, String outputs) {
    return workflow(spec + """
        entrypoint: main
        templates:
        - name: main
          steps:
          - - name: approve
              template: approve
          - - name: release
              template: release
              arguments:
                parameters:
                - name: message
                  value: "{{steps.approve.outputs.parameters.message}}"
        - name: approve
        """ + inputs.indent(2) + """
          outputs:
            parameters:
        """ + outputs.indent(4) + """
          suspend:
        """ + suspend.indent(4), script("release", "message"));
  }

  private static final String SUPPLIED = """
      - name: message
        valueFrom:
          supplied: {}
      """;

  @Test
  void aDurationIsWaitedThenTheOutputsTakeTheirDefaults() {
    ScriptedRunner runner = new ScriptedRunner().step("release", in -> "released: " + in.raw("message"));

    RunReport report = TestRuns.run(steps("duration: \"1\"\n", SUPPLIED), runner, home);

    assertThat(report.phase()).isEqualTo(Phase.SUCCEEDED);
    StepReport approve = report.steps().get("approve");
    assertThat(Duration.between(approve.startedAt(), approve.finishedAt())).isAtLeast(Duration.ofMillis(990));
    assertThat(approve.attempts()).isEqualTo(0);
    assertThat(report.node("approve").type()).isEqualTo(NodeType.SUSPEND);
    // addRawOutputFields: no default of its own, so the input's of the same name.
    assertThat(report.steps().get("release").result()).isEqualTo("released: NO");
  }

  @Test
  void aDurationEndsInErrorForAnOutputWithoutADefault() {
    String noDefault = steps("", "", "duration: 1s\n", SUPPLIED);
    ScriptedRunner runner = new ScriptedRunner().returns("release", "released");

    RunReport report = TestRuns.run(noDefault, runner, home);

    assertThat(report.phase()).isEqualTo(Phase.FAILED);
    assertThat(report.steps().get("approve").phase()).isEqualTo(Phase.ERROR);
    assertThat(report.steps().get("approve").message())
        .isEqualTo("raw output parameter 'message' has not been set and does not have a default value");
  }

  @Test
  void aResumeSuppliesTheValues() {
    ScriptedRunner runner = new ScriptedRunner().step("release", in -> "released: " + in.raw("message"));

    RunReport report = TestRuns.run(steps("{}\n", SUPPLIED), runner, home,
        request -> request.resume("approve", Map.of("message", "YES")));

    assertThat(report.phase()).isEqualTo(Phase.SUCCEEDED);
    assertThat(report.steps().get("release").result()).isEqualTo("released: YES");
  }

  @Test
  void aSuspendNothingResumesIsRefusedBeforeTheRun() {
    ScriptedRunner runner = new ScriptedRunner().returns("release", "released");

    InvalidRunException refused = assertThrows(InvalidRunException.class,
        () -> TestRuns.run(steps("{}\n", SUPPLIED), runner, home));

    assertThat(refused).hasMessageThat().isEqualTo("workflow 'test': step 'approve' suspends until it is resumed"
        + " (template 'approve'), and no one resumes a local run: resume it as it is reached,"
        + " LocalRun.of(\"test\").resume(\"approve\", Map.of(…)) or jera run test --resume approve:message=…");
  }

  @Test
  void aResumeOfNoSuspendStepIsRefused() {
    InvalidRunException refused = assertThrows(InvalidRunException.class, () -> TestRuns.run(steps("{}\n", SUPPLIED),
        new ScriptedRunner(), home, request -> request.resume("aprove", Map.of())));

    assertThat(refused).hasMessageThat().isEqualTo("workflow 'test': resume of 'aprove': no step 'aprove' suspends;"
        + " did you mean 'approve'? (its suspend steps: approve)");
  }

  @Test
  void aResumedValueOutsideTheInputsEnumIsRefused() {
    InvalidRunException refused = assertThrows(InvalidRunException.class, () -> TestRuns.run(steps("{}\n", SUPPLIED),
        new ScriptedRunner(), home, request -> request.resume("approve", Map.of("message", "MAYBE"))));

    assertThat(refused).hasMessageThat().isEqualTo("workflow 'test': resume of 'approve': 'MAYBE' is not a value input"
        + " 'message' allows (YES, NO)");
  }

  @Test
  void aResumedValueForNoOutputIsRefused() {
    InvalidRunException refused = assertThrows(InvalidRunException.class, () -> TestRuns.run(steps("{}\n", SUPPLIED),
        new ScriptedRunner(), home, request -> request.resume("approve", Map.of("mesage", "YES"))));

    assertThat(refused).hasMessageThat().isEqualTo("workflow 'test': resume of 'approve': template 'approve' has no"
        + " output 'mesage' to supply; did you mean 'message'? (its outputs: message)");
  }

  @Test
  void theWorkflowsDeadlineFailsAWaitingSuspend() {
    String manifest = steps("activeDeadlineSeconds: 1\n", "", "duration: 1h\n", SUPPLIED);

    RunReport report = TestRuns.run(manifest, new ScriptedRunner().returns("release", "released"), home);

    assertThat(report.steps().get("approve").phase()).isEqualTo(Phase.FAILED);
    assertThat(report.steps().get("approve").message()).isEqualTo("Step exceeded its deadline");
  }
}
