package dev.jera.local;

import static com.google.common.truth.Truth.assertThat;
import static dev.jera.local.TestRuns.tool;
import static dev.jera.local.TestRuns.workflow;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.jera.local.launch.ExitGuard;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A step that ends its JVM ({@code System.exit}, {@code Runtime.exit}, {@code Runtime.halt}, from its
 * own thread or one it started) fails that step with the exit code, in process as in a JVM of its own;
 * the rest of the run goes on, and the run is recorded.
 */
class StepExitTest {
  @TempDir Path home;

  /** {@code quit} ends its JVM with code 3 ({@code retry} is its template's extra lines); {@code sibling} naps a second meanwhile. */
  private static String exiting(String how, String retry) {
    return workflow("""
        entrypoint: main
        templates:
        - name: main
          dag:
            tasks:
            - name: quit
              template: exit
              arguments:
                parameters:
                - name: how
                  value: %s
                - name: code
                  value: "3"
            - name: sibling
              template: nap
              arguments:
                parameters:
                - name: millis
                  value: "1000"
        """.formatted(how),
        tool("exit", "exit", retry, "how", "code"),
        tool("nap", "nap", "", "millis"));
  }

  @ParameterizedTest(name = "{0}, isolated: {1}")
  @CsvSource({
    "system, false", "runtime, false", "halt, false", "thread, false", "swallowed, false",
    "system, true", "halt, true", "thread, true"})
  void aStepThatEndsItsJvmFailsWithItsExitCodeAndTheRunGoesOn(String how, boolean isolated) throws Exception {
    RunReport report = TestRuns.runTools(exiting(how, ""), home, isolated);

    StepReport quit = report.steps().get("quit");
    assertThat(quit.phase()).isEqualTo(Phase.FAILED);
    assertThat(quit.exitCode()).isEqualTo(3);
    assertThat(quit.attempts()).isEqualTo(1);
    assertThat(quit.message()).isEqualTo("main: Error (exit code 3)");
    assertThat(quit.detail()).isEqualTo("about to end the JVM with 3");
    assertThat(report.steps().get("sibling").result()).isEqualTo("rested");
    assertThat(report.phase()).isEqualTo(Phase.FAILED);
    assertThat(Files.readString(report.folder().resolve("summary.json"))).contains("\"exitCode\": 3");
  }

  @ParameterizedTest(name = "isolated: {0}")
  @ValueSource(booleans = {false, true})
  void anExitingStepIsRetriedAsArgoRetriesAFailedAttempt(boolean isolated) {
    RunReport report = TestRuns.runTools(exiting("system", "retryStrategy:\n  limit: \"1\""), home, isolated);

    StepReport quit = report.steps().get("quit");
    assertThat(quit.phase()).isEqualTo(Phase.FAILED);
    assertThat(quit.attempts()).isEqualTo(2);
    assertThat(quit.exitCode()).isEqualTo(3);
    assertThat(report.steps().get("sibling").result()).isEqualTo("rested");
    assertThat(report.phase()).isEqualTo(Phase.FAILED);
  }

  @Test
  void inThisJvmTheLogSaysTheExitEndedTheAttemptOnly() throws Exception {
    assumeTrue(ExitGuard.install(), "this JVM cannot guard steps: " + ExitGuard.unavailable());

    RunReport report = TestRuns.runTools(exiting("system", ""), home, false);

    assertThat(report.isolated()).isFalse();
    assertThat(Files.readString(report.folder().resolve("steps/quit/log")))
        .contains("jera: quit called exit(3), which ends its attempt with exit code 3 and not this JVM");
  }

  @Test
  void exitZeroSucceedsWithAnEmptyResultAsAProcessWould() {
    RunReport report = TestRuns.runTools(workflow("""
        entrypoint: main
        templates:
        - name: main
          dag:
            tasks:
            - name: quit
              template: exit
              arguments:
                parameters:
                - name: how
                  value: system
                - name: code
                  value: "0"
        """, tool("exit", "exit", "", "how", "code")), home, false);

    assertThat(report.steps().get("quit").phase()).isEqualTo(Phase.SUCCEEDED);
    assertThat(report.steps().get("quit").result()).isEmpty();
  }

}
