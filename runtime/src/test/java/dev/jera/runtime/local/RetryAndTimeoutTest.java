package dev.jera.runtime.local;

import static com.google.common.truth.Truth.assertThat;
import static dev.jera.runtime.local.TestRuns.scriptWith;
import static dev.jera.runtime.local.TestRuns.workflow;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** retryStrategy (limit, policy, backoff, maxDuration) and timeout. */
class RetryAndTimeoutTest {
  @TempDir Path home;

  private static String oneStep(String templateSettings) {
    return workflow("""
        entrypoint: main
        templates:
        - name: main
          dag:
            tasks:
            - name: flaky
              template: flaky
        """, scriptWith("flaky", templateSettings));
  }

  private static ScriptedRunner failingTimes(int failures, List<Instant> starts) {
    AtomicInteger calls = new AtomicInteger();
    return new ScriptedRunner().step("flaky", in -> {
      starts.add(Instant.now());
      System.out.println("attempt " + calls.get());
      if (calls.getAndIncrement() < failures) {
        throw new IllegalStateException("failure " + calls.get());
      }
      return "ok";
    });
  }

  @Test
  void retriesUntilSuccessAndCountsAttempts() throws Exception {
    List<Instant> starts = new CopyOnWriteArrayList<>();
    ScriptedRunner runner = failingTimes(2, starts);

    RunReport report = TestRuns.run(oneStep("retryStrategy:\n  limit: \"2\""), runner, home);

    StepReport flaky = report.steps().get("flaky");
    assertThat(report.phase()).isEqualTo(Phase.SUCCEEDED);
    assertThat(flaky.phase()).isEqualTo(Phase.SUCCEEDED);
    assertThat(flaky.attempts()).isEqualTo(3);
    assertThat(flaky.result()).isEqualTo("ok");
    String log = Files.readString(report.folder().resolve("steps/flaky/log"));
    assertThat(log).contains("attempt 0");
    assertThat(log).contains("--- jera: attempt 3 ---");
    assertThat(log).contains("attempt 2");
  }

  @Test
  void stopsAfterLimitPlusOneAttempts() {
    ScriptedRunner runner = failingTimes(10, new CopyOnWriteArrayList<>());

    RunReport report = TestRuns.run(oneStep("retryStrategy:\n  limit: 1"), runner, home);

    StepReport flaky = report.steps().get("flaky");
    assertThat(flaky.phase()).isEqualTo(Phase.FAILED);
    assertThat(flaky.attempts()).isEqualTo(2);
    assertThat(flaky.message()).isEqualTo("Error (exit code 1): java.lang.IllegalStateException: failure 2");
    assertThat(runner.calls("flaky")).isEqualTo(2);
  }

  @Test
  void withoutRetryStrategyAFailureIsFinal() {
    ScriptedRunner runner = failingTimes(1, new CopyOnWriteArrayList<>());

    RunReport report = TestRuns.run(oneStep(""), runner, home);

    assertThat(report.steps().get("flaky").attempts()).isEqualTo(1);
    assertThat(report.phase()).isEqualTo(Phase.FAILED);
  }

  @Test
  void waitsTheBackoffBetweenAttemptsGrowingByTheFactor() {
    List<Instant> starts = new CopyOnWriteArrayList<>();
    ScriptedRunner runner = failingTimes(2, starts);

    TestRuns.run(oneStep("""
        retryStrategy:
          limit: 3
          backoff:
            duration: 40ms
            factor: "2"
        """), runner, home);

    assertThat(starts).hasSize(3);
    assertThat(Duration.between(starts.get(0), starts.get(1))).isAtLeast(Duration.ofMillis(40));
    assertThat(Duration.between(starts.get(1), starts.get(2))).isAtLeast(Duration.ofMillis(80));
  }

  @Test
  void onErrorDoesNotRetryAFailure() {
    ScriptedRunner runner = failingTimes(5, new CopyOnWriteArrayList<>());

    RunReport report = TestRuns.run(oneStep("retryStrategy:\n  limit: 3\n  retryPolicy: OnError"), runner, home);

    assertThat(report.steps().get("flaky").attempts()).isEqualTo(1);
  }

  @Test
  void alwaysRetriesAnError() {
    // A runner class that does not exist cannot start: an Error, which Always retries.
    String manifest = oneStep("retryStrategy:\n  limit: 2\n  retryPolicy: Always").replace(ScriptedRunner.CLASS, "no.such.Runner");

    RunReport report = TestRuns.run(manifest, new ScriptedRunner(), home);

    StepReport flaky = report.steps().get("flaky");
    assertThat(flaky.phase()).isEqualTo(Phase.ERROR);
    assertThat(flaky.attempts()).isEqualTo(3);
    assertThat(flaky.message()).isEqualTo("runner class no.such.Runner is not on the class path");
    assertThat(report.phase()).isEqualTo(Phase.ERROR);
  }

  @Test
  void maxDurationStopsRetryingWhenTheNextWaitWouldOverrunIt() {
    ScriptedRunner runner = failingTimes(10, new CopyOnWriteArrayList<>());

    RunReport report = TestRuns.run(oneStep("""
        retryStrategy:
          limit: 5
          backoff:
            duration: 1h
            maxDuration: 1m
        """), runner, home);

    StepReport flaky = report.steps().get("flaky");
    assertThat(flaky.attempts()).isEqualTo(1);
    assertThat(flaky.message()).startsWith("Backoff would exceed max duration limit: Error (exit code 1)");
  }

  /** The backoffs a run announced. */
  private static RunListener collecting(List<Backoff> backoffs) {
    return new RunListener() {
      @Override
      public void backoff(Backoff backoff) {
        backoffs.add(backoff);
      }
    };
  }

  @Test
  @Timeout(30)
  void fastRetriesSkipTheWaitsButDecideAsArgoWouldHaveAfterWaitingThem() {
    List<Backoff> backoffs = new CopyOnWriteArrayList<>();
    ScriptedRunner runner = failingTimes(10, new CopyOnWriteArrayList<>());

    // Argo: attempt 1 fails, 1h wait, attempt 2 fails at 1h; the next 2h wait would end past maxDuration.
    RunReport report = TestRuns.run(oneStep("""
        retryStrategy:
          limit: 5
          backoff:
            duration: 1h
            factor: 2
            maxDuration: 150m
        """), runner, home, request -> request.retryBackoff(Duration.ZERO).listener(collecting(backoffs)));

    StepReport flaky = report.steps().get("flaky");
    assertThat(flaky.attempts()).isEqualTo(2);
    assertThat(flaky.message()).startsWith("Backoff would exceed max duration limit: ");
    assertThat(backoffs).hasSize(1);
    Backoff first = backoffs.get(0);
    assertThat(first.step()).isEqualTo("flaky");
    assertThat(first.attempt()).isEqualTo(1);
    assertThat(first.retry()).isTrue();
    assertThat(first.delay()).isEqualTo(Duration.ZERO);
    assertThat(first.argoDelay()).isEqualTo(Duration.ofHours(1));
    assertThat(first.shortened()).isTrue();
    assertThat(first.message()).isEqualTo("Error (exit code 1): java.lang.IllegalStateException: failure 1");
  }

  @Test
  @Timeout(30)
  void aShortenedBackoffWaitsAtMostTheGivenTimeAndSaysWhenTheNextAttemptStarts() {
    List<Backoff> backoffs = new CopyOnWriteArrayList<>();
    List<Instant> starts = new CopyOnWriteArrayList<>();
    ScriptedRunner runner = failingTimes(2, starts);

    RunReport report = TestRuns.run(oneStep("""
        retryStrategy:
          limit: 3
          backoff:
            duration: 30s
            factor: 2
        """), runner, home, request -> request.retryBackoff(Duration.ofMillis(60)).listener(collecting(backoffs)));

    assertThat(report.steps().get("flaky").attempts()).isEqualTo(3);
    assertThat(backoffs.stream().map(Backoff::argoDelay).toList()).containsExactly(Duration.ofSeconds(30), Duration.ofSeconds(60));
    assertThat(backoffs.stream().map(Backoff::delay).toList()).containsExactly(Duration.ofMillis(60), Duration.ofMillis(60));
    assertThat(Duration.between(starts.get(0), starts.get(1))).isAtLeast(Duration.ofMillis(60));
    // The announced start is when the next attempt was let go.
    assertThat(starts.get(1)).isAtLeast(backoffs.get(0).until());
  }

  @Test
  @Timeout(30)
  void withoutALimitArgoRetriesAtOnceWhateverTheBackoff() {
    ScriptedRunner runner = failingTimes(2, new CopyOnWriteArrayList<>());

    RunReport report = TestRuns.run(oneStep("""
        retryStrategy:
          backoff:
            duration: 1h
        """), runner, home);

    assertThat(report.steps().get("flaky").phase()).isEqualTo(Phase.SUCCEEDED);
    assertThat(report.steps().get("flaky").attempts()).isEqualTo(3);
  }

  @Test
  void aFailureThePolicyDoesNotRetryEndsOnlyAfterTheBackoffAsOnArgo() {
    List<Backoff> backoffs = new CopyOnWriteArrayList<>();
    ScriptedRunner runner = failingTimes(5, new CopyOnWriteArrayList<>());

    RunReport report = TestRuns.run(oneStep("""
        retryStrategy:
          limit: 3
          retryPolicy: OnError
          backoff:
            duration: 150ms
        """), runner, home,
        request -> request.listener(collecting(backoffs)));

    StepReport flaky = report.steps().get("flaky");
    assertThat(flaky.phase()).isEqualTo(Phase.FAILED);
    assertThat(flaky.attempts()).isEqualTo(1);
    assertThat(Duration.between(flaky.startedAt(), flaky.finishedAt())).isAtLeast(Duration.ofMillis(150));
    assertThat(backoffs).hasSize(1);
    assertThat(backoffs.get(0).retry()).isFalse();
    assertThat(backoffs.get(0).delay()).isEqualTo(Duration.ofMillis(150));
  }

  @Test
  void aNegativeRetryBackoffIsRefused() {
    RunRequest.Builder request = RunRequest.builder("test", ManifestReader.read(oneStep(""), "test"),
        new RunnerRegistry(getClass().getClassLoader()));

    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> request.retryBackoff(Duration.ofSeconds(-1)));

    assertThat(e).hasMessageThat().contains("cannot be negative");
  }

  @Test
  void aStepThatOverrunsItsTimeoutFailsAndIsInterrupted() throws Exception {
    CountDownLatch interrupted = new CountDownLatch(1);
    ScriptedRunner runner = new ScriptedRunner().step("flaky", in -> {
      try {
        Thread.sleep(60_000);
      } catch (InterruptedException e) {
        interrupted.countDown();
      }
      return "late";
    });

    RunReport report = TestRuns.run(oneStep("timeout: 100ms"), runner, home);

    StepReport flaky = report.steps().get("flaky");
    assertThat(flaky.phase()).isEqualTo(Phase.FAILED);
    assertThat(flaky.message()).isEqualTo("Step exceeded its deadline");
    assertThat(flaky.exitCode()).isNull();
    assertThat(interrupted.await(10, TimeUnit.SECONDS)).isTrue();
    assertThat(report.phase()).isEqualTo(Phase.FAILED);
  }
}
