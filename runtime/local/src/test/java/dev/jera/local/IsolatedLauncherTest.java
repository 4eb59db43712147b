package dev.jera.local;

import static com.google.common.truth.Truth.assertThat;

import dev.jera.local.launch.AttemptOutcome;
import dev.jera.local.launch.InProcessLauncher;
import dev.jera.local.launch.IsolatedLauncher;
import dev.jera.local.launch.RunnerRegistry;
import dev.jera.local.launch.StepLaunch;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each step in a JVM of its own, started from the template's command as Argo's container would. */
class IsolatedLauncherTest {
  private static final String RUNNER = "dev.jera.runner.testing.HelloRunner";

  @TempDir Path folder;

  private StepLaunch launch(String step, String inputs, Map<String, String> environment, Duration timeout) {
    return new StepLaunch(step, 1,
        List.of("java", "-XX:+UseSerialGC", "-Xshare:auto", "-cp", "/app/resources:/app/classes:/app/libs/*", RUNNER, step),
        inputs, environment, timeout, folder, folder.resolve("log"));
  }

  @Test
  void runsTheStepInANewJvmAndTakesStdoutAsTheResult() throws Exception {
    AttemptOutcome outcome = new IsolatedLauncher().launch(launch("greet",
        "[{\"name\":\"name\",\"value\":\"iso\"},{\"name\":\"times\",\"value\":\"1\"},"
            + "{\"name\":\"mood\",\"value\":\"calm\"},{\"name\":\"day\",\"value\":\"2024-05-01\"}]",
        Map.of(), null));

    assertThat(outcome).isEqualTo(AttemptOutcome.succeeded("Hello, iso! (calm, 2024-05-01)"));
    assertThat(Files.readString(folder.resolve("log"))).contains("greeting iso 1 times");
    assertThat(Files.readString(folder.resolve("inputs.json"))).contains("\"iso\"");
    assertThat(Files.exists(folder.resolve("stdout"))).isFalse();
  }

  @Test
  void passesTheStepsSecretsAndNoOthers() throws Exception {
    AttemptOutcome outcome = new IsolatedLauncher().launch(launch("sign",
        "[{\"name\":\"greeting\",\"value\":\"hi\"}]", Map.of("JERA_SECRET_VAULT_TOKEN", "abc"), null));

    // sign fans out: its runner prints each result as JSON.
    assertThat(outcome.result()).isEqualTo("\"hi -- signed with a 3-letter token\"");
  }

  @Test
  void aThrowingStepFailsWithItsExitCodeAndReason() throws Exception {
    AttemptOutcome outcome = new IsolatedLauncher().launch(launch("explode", "[]", Map.of(), null));

    assertThat(outcome.phase()).isEqualTo(Phase.FAILED);
    assertThat(outcome.exitCode()).isEqualTo(1);
    assertThat(outcome.message()).isEqualTo("Error (exit code 1): java.lang.IllegalStateException: kaboom");
  }

  @Test
  void badInputIsExitCodeTwoWithTheRunnersLine() throws Exception {
    AttemptOutcome outcome = new IsolatedLauncher().launch(launch("sign", "[]", Map.of(), null));

    assertThat(outcome.exitCode()).isEqualTo(2);
    assertThat(outcome.message()).isEqualTo("Error (exit code 2): jera: step 'sign': input 'greeting' was not supplied");
  }

  @Test
  void aMistypedStepNamesTheOneMeantInEitherMode() throws Exception {
    AttemptOutcome isolated = new IsolatedLauncher().launch(launch("gret", "[]", Map.of(), null));
    AttemptOutcome inProcess = new InProcessLauncher(new RunnerRegistry(getClass().getClassLoader()))
        .launch(launch("gret", "[]", Map.of(), null));

    assertThat(isolated.message()).isEqualTo("Error (exit code 2): jera: unknown step 'gret'; did you mean 'greet'?"
        + " (steps: greet, sign, letters, explode, wait)");
    assertThat(inProcess).isEqualTo(isolated);
  }

  @Test
  void aStepThatOverrunsItsTimeoutIsKilled() throws Exception {
    AttemptOutcome outcome = new IsolatedLauncher().launch(launch("wait", "[]", Map.of(), Duration.ofMillis(300)));

    assertThat(outcome).isEqualTo(AttemptOutcome.deadlineExceeded());
    assertThat(Files.readString(folder.resolve("log"))).contains("exceeded its timeout of PT0.3S; its process was killed");
  }

  @Test
  void aWholeRunInIsolatedModeGivesWhatInProcessGives() {
    RunReport isolated = LocalRun.of("hello").param("when", "2024-01-31").param("name", "xy")
        .secret("vault", "token", "t").isolated(true).home(folder).run().report();
    RunReport inProcess = LocalRun.of("hello").param("when", "2024-01-31").param("name", "xy")
        .secret("vault", "token", "t").home(folder).run().report();

    assertThat(isolated.isolated()).isTrue();
    assertThat(isolated.phase()).isEqualTo(Phase.SUCCEEDED);
    for (String step : List.of("greet", "letters", "sign")) {
      assertThat(isolated.steps().get(step).result()).isEqualTo(inProcess.steps().get(step).result());
    }
  }
}
