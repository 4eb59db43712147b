package dev.jera.cli;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.jera.cli.testing.JeraProcess;
import dev.jera.local.TestRuns;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * SIGINT and SIGTERM end a {@code jera run} the way a failure would, with its table and summary, and no step
 * process left; a killed {@code jera} (kill -9) leaves no step process behind, and {@code jera runs} shows its
 * record as interrupted. (InterruptedRunTest in jera-local interrupts a run's thread.)
 */
class InterruptedCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path home;
  private List<ProcessHandle> started = List.of();

  @AfterEach
  void killWhatATestLeft() {
    started.forEach(ProcessHandle::destroyForcibly);
  }

  @ParameterizedTest(name = "{0}, isolated: {1}")
  @CsvSource({"TERM, true", "INT, false"})
  void aSignalEndsTheRunWithItsTableAndSummaryAndNoStepProcessLeft(String signal, boolean isolated) throws Exception {
    assumeTrue(TestRuns.installed("sh") && TestRuns.installed("sleep") && TestRuns.installed("kill"),
        "sh, sleep and kill are needed to run the command step and send signals");
    JeraProcess jera = JeraProcess.current(home);
    Process process = jera.start(List.of(), Map.of(), isolated ? new String[] {"run", "tools-hang", "--isolated"}
        : new String[] {"run", "tools-hang"});
    List<ProcessHandle> steps = awaitSteps(process, isolated ? 2 : 1);

    new ProcessBuilder("kill", "-" + signal, Long.toString(process.pid())).start().waitFor();
    assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();

    JeraProcess.Outcome outcome = jera.outcome(process.exitValue());
    assertThat(outcome.code()).isEqualTo(signal.equals("TERM") ? 143 : 130);
    assertThat(outcome.out()).containsMatch("java +Failed .*interrupted");
    assertThat(outcome.out()).containsMatch("command +Failed .*interrupted");
    assertThat(outcome.out()).containsMatch("tools-hang-\\w{5} Failed in [0-9.]+s: .*interrupted");
    JsonNode summary = JSON.readTree(onlyRecord().resolve("summary.json").toFile());
    assertThat(summary.path("phase").asText()).isEqualTo("Failed");
    assertThat(summary.path("message").asText()).isEqualTo("interrupted");
    assertGone(steps);
  }

  @Test
  void noStepProcessOutlivesAKilledJeraWhoseRecordIsThenShownInterrupted() throws Exception {
    assumeTrue(TestRuns.installed("sh") && TestRuns.installed("sleep"), "sh and sleep are needed for the command step");
    JeraProcess jera = JeraProcess.current(home);
    Process process = jera.start(List.of(), Map.of(), "run", "tools-hang", "--isolated");
    List<ProcessHandle> steps = awaitSteps(process, 2);
    JeraProcess.Outcome whileRunning = JeraProcess.current(Files.createDirectories(home.resolve("elsewhere")))
        .run(List.of(), Map.of("JERA_HOME", home.toString()), "runs");

    process.destroyForcibly();
    assertThat(process.waitFor(10, TimeUnit.SECONDS)).isTrue();

    assertGone(steps);
    assertThat(whileRunning.out()).containsMatch("-tools-hang-\\w{5} +tools-hang +running +\\d{4}-\\d\\d-\\d\\dT");
    assertThat(Files.exists(onlyRecord().resolve("summary.json"))).isFalse();
    JeraProcess.Outcome afterwards = jera.run(List.of(), Map.of(), "runs");
    assertThat(afterwards.out()).containsMatch("-tools-hang-\\w{5} +tools-hang +interrupted +\\d{4}-\\d\\d-\\d\\dT");
  }

  /**
   * The step processes of {@code jera} once {@code count} of them run (the command's {@code sh} and
   * {@code sleep}, the Java step's JVM), waiting up to a minute.
   */
  private List<ProcessHandle> awaitSteps(Process jera, int count) throws InterruptedException {
    Instant end = Instant.now().plus(Duration.ofMinutes(1));
    while (Instant.now().isBefore(end)) {
      List<ProcessHandle> steps = jera.descendants()
          .filter(process -> process.info().commandLine().map(line -> line.contains("sleep 60")
              || line.contains("ToolRunner sleep")).orElse(false))
          .toList();
      if (steps.size() >= count) {
        started = jera.descendants().toList();
        return started;
      }
      assertThat(jera.isAlive()).isTrue();
      Thread.sleep(100);
    }
    throw new AssertionError("the steps of tools-hang did not start within a minute");
  }

  private static void assertGone(List<ProcessHandle> processes) throws InterruptedException {
    Instant end = Instant.now().plus(Duration.ofSeconds(15));
    while (Instant.now().isBefore(end) && processes.stream().anyMatch(ProcessHandle::isAlive)) {
      Thread.sleep(100);
    }
    assertThat(processes.stream().filter(ProcessHandle::isAlive).map(p -> p.info().commandLine().orElse("?")).toList())
        .isEmpty();
  }

  private Path onlyRecord() throws IOException {
    try (Stream<Path> runs = Files.list(home.resolve("runs"))) {
      return runs.findFirst().orElseThrow();
    }
  }
}
