package dev.jera.local;

import static com.google.common.truth.Truth.assertThat;
import static dev.jera.local.TestRuns.scriptWith;
import static dev.jera.local.TestRuns.workflow;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run that is interrupted (its thread, SIGINT, SIGTERM) stops its steps and records itself as Failed,
 * {@code interrupted}; a killed {@code jera} (kill -9) leaves no step process behind, and {@code jera runs}
 * shows its record as interrupted, with its workflow.
 */
class InterruptedRunTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path home;
  private List<ProcessHandle> started = List.of();

  @AfterEach
  void killWhatATestLeft() {
    started.forEach(ProcessHandle::destroyForcibly);
  }

  @Test
  void interruptingTheRunsThreadStopsItsStepsAndRecordsIt() throws Exception {
    CountDownLatch running = new CountDownLatch(1);
    ScriptedRunner runner = new ScriptedRunner()
        .step("slow", in -> {
          running.countDown();
          Thread.sleep(60_000);
          return "woke up";
        })
        .returns("next", "never");
    String manifest = workflow("""
        entrypoint: main
        templates:
        - name: main
          steps:
          - - name: slow
              template: slow
          - - name: next
              template: next
        """, scriptWith("slow", ""), scriptWith("next", ""));
    AtomicReference<RunReport> report = new AtomicReference<>();
    AtomicReference<Boolean> stillInterrupted = new AtomicReference<>();
    Thread thread = new Thread(() -> {
      report.set(TestRuns.run(manifest, runner, home));
      stillInterrupted.set(Thread.currentThread().isInterrupted());
    });
    thread.start();
    assertThat(running.await(10, TimeUnit.SECONDS)).isTrue();

    thread.interrupt();
    thread.join(10_000);

    assertThat(thread.isAlive()).isFalse();
    assertThat(report.get().phase()).isEqualTo(Phase.FAILED);
    assertThat(report.get().message()).isEqualTo("interrupted");
    assertThat(report.get().steps().get("slow").phase()).isEqualTo(Phase.FAILED);
    assertThat(report.get().steps().get("slow").message()).isEqualTo("interrupted");
    assertThat(runner.calls("next")).isEqualTo(0);
    assertThat(Files.readString(report.get().folder().resolve("summary.json"))).contains("\"message\": \"interrupted\"");
    assertThat(stillInterrupted.get()).isTrue();
  }

}
