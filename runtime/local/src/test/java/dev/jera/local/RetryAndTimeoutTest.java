package dev.jera.local;

import static com.google.common.truth.Truth.assertThat;
import static dev.jera.local.TestRuns.scriptWith;
import static dev.jera.local.TestRuns.workflow;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.jera.local.engine.RunRequest;
import dev.jera.local.launch.RunnerRegistry;
import dev.jera.local.manifest.ManifestReader;
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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

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
    // operator.go:processNodeRetries: the retry node says so; each attempt is main's exit, with no termination message.
    assertThat(flaky.message()).isEqualTo("No more retries left");
    assertThat(flaky.detail()).isEqualTo("java.lang.IllegalStateException: failure 2");
    assertThat(report.node("flaky").type()).isEqualTo(NodeType.RETRY);
    assertThat(report.node("flaky(0)").message()).isEqualTo("main: Error (exit code 1)");
    assertThat(report.node("flaky(1)").message()).isEqualTo("main: Error (exit code 1)");
    assertThat(report.node("flaky(1)").retried()).isTrue();
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
    assertThat(flaky.message()).isEqualTo("No more retries left");
    assertThat(report.node("flaky(2)").message()).isEqualTo("runner class no.such.Runner is not on the class path");
    assertThat(report.phase()).isEqualTo(Phase.ERROR);
  }

  @Test
  void maxDurationStopsRetryingWhenTheNextWaitWouldOverrunIt() {
    // operator.go:processNodeRetries checks the backoff against maxDuration before the limit.
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
    assertThat(flaky.message()).isEqualTo("Backoff would exceed max duration limit");
  }

  @ParameterizedTest(name = "isolated={0}")
  @ValueSource(booleans = {false, true})
  void anAttemptAfterTheFirstIsStoppedAtTheFirstOnesStartPlusMaxDuration(boolean isolated) {
    // operator.go:processNodeRetries gives every attempt after the first an execution deadline, the first
    // attempt's start plus backoff.maxDuration; the executor stops the main container there (monitorDeadline),
    // the JVM exits 143 on SIGTERM, and the retry node then says "Max duration limit exceeded".
    String manifest = workflow("""
        entrypoint: main
        templates:
        - name: main
          dag:
            tasks:
            - name: flaky
              template: flaky
        """, TestRuns.tool("flaky", "fail-then-sleep", """
            retryStrategy:
              limit: 3
              backoff:
                duration: 100ms
                maxDuration: 2s
            inputs:
              parameters:
              - name: attempt
                value: "{{retries}}"
            """));

    RunReport report = TestRuns.runTools(manifest, home, isolated);

    StepReport flaky = report.steps().get("flaky");
    assertThat(flaky.phase()).isEqualTo(Phase.FAILED);
    assertThat(flaky.attempts()).isEqualTo(2);
    assertThat(flaky.message()).isEqualTo("Max duration limit exceeded");
    NodeReport second = report.node("flaky(1)");
    assertThat(second.message()).isEqualTo("main: Error (exit code 143)");
    assertThat(second.exitCode()).isEqualTo(143);
    NodeReport first = report.node("flaky(0)");
    assertThat(Duration.between(first.startedAt(), second.finishedAt())).isAtLeast(Duration.ofSeconds(2));
    assertThat(Duration.between(first.startedAt(), second.finishedAt())).isLessThan(Duration.ofSeconds(20));
    assertThat(report.phase()).isEqualTo(Phase.FAILED);
  }

  @Test
  void theFirstAttemptHasNoExecutionDeadline() {
    // processNodeRetries returns before setting one while there is no attempt yet.
    ScriptedRunner runner = new ScriptedRunner().step("flaky", in -> {
      Thread.sleep(1500);
      return "late but fine";
    });

    RunReport report = TestRuns.run(oneStep("""
        retryStrategy:
          limit: 1
          backoff:
            duration: 1s
            maxDuration: 1s
        """), runner, home);

    assertThat(report.steps().get("flaky").phase()).isEqualTo(Phase.SUCCEEDED);
    assertThat(report.steps().get("flaky").result()).isEqualTo("late but fine");
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
    assertThat(flaky.message()).isEqualTo("Backoff would exceed max duration limit");
    assertThat(backoffs).hasSize(1);
    Backoff first = backoffs.get(0);
    assertThat(first.step()).isEqualTo("flaky");
    assertThat(first.attempt()).isEqualTo(1);
    assertThat(first.retry()).isTrue();
    assertThat(first.delay()).isEqualTo(Duration.ZERO);
    assertThat(first.argoDelay()).isEqualTo(Duration.ofHours(1));
    assertThat(first.shortened()).isTrue();
    assertThat(first.message()).isEqualTo("main: Error (exit code 1): java.lang.IllegalStateException: failure 1");
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
    // A timeout is the pod's activeDeadlineSeconds: Kubernetes ends the pod with this message (test/e2e/workflow_test.go).
    assertThat(flaky.message()).isEqualTo("Pod was active on the node longer than the specified deadline");
    assertThat(flaky.detail()).isEqualTo("it ran longer than its timeout of 100ms");
    assertThat(flaky.exitCode()).isNull();
    assertThat(interrupted.await(10, TimeUnit.SECONDS)).isTrue();
    assertThat(report.phase()).isEqualTo(Phase.FAILED);
  }

  /** One task that passes {@code value} to the template's input {@code input}. */
  private static String oneStepWithArgument(String templateSettings, String input, String value) {
    return workflow("""
        entrypoint: main
        templates:
        - name: main
          dag:
            tasks:
            - name: flaky
              template: flaky
              arguments:
                parameters:
                - name: %s
                  value: "%s"
        """.formatted(input, value), scriptWith("flaky", templateSettings, input));
  }

  @Test
  void withoutALimitRetriesUntilSuccess() {
    ScriptedRunner runner = failingTimes(5, new CopyOnWriteArrayList<>());

    RunReport report = TestRuns.run(oneStep("retryStrategy: {}"), runner, home);

    StepReport flaky = report.steps().get("flaky");
    assertThat(flaky.phase()).isEqualTo(Phase.SUCCEEDED);
    assertThat(flaky.attempts()).isEqualTo(6);
    assertThat(report.phase()).isEqualTo(Phase.SUCCEEDED);
  }

  @Test
  void anExpressionThatDoesNotHoldEndsTheRetries() {
    ScriptedRunner runner = failingTimes(10, new CopyOnWriteArrayList<>());

    // A step that throws exits 1, so the condition of retry-conditional.yaml does not hold.
    RunReport report = TestRuns.run(oneStep("""
        retryStrategy:
          limit: "10"
          expression: asInt(lastRetry.exitCode) > 1 && lastRetry.status != "Error"
        """), runner, home);

    StepReport flaky = report.steps().get("flaky");
    assertThat(flaky.phase()).isEqualTo(Phase.FAILED);
    assertThat(flaky.attempts()).isEqualTo(1);
    assertThat(flaky.message()).isEqualTo("retryStrategy.expression evaluated to false");
  }

  @Test
  void anExpressionReadsTheTemplatesInputsAndTheLastAttempt() {
    String settings = """
        retryStrategy:
          limit: "2"
          expression: >-
            lastRetry.exitCode == "1" && lastRetry.status == "Failed" && asInt(lastRetry.duration) < 120 &&
            lastRetry.message == "main: Error (exit code 1)" && {{inputs.parameters.safe-to-retry}} == true
        """;

    RunReport safe = TestRuns.run(oneStepWithArgument(settings, "safe-to-retry", "true"),
        failingTimes(10, new CopyOnWriteArrayList<>()), home);
    RunReport unsafe = TestRuns.run(oneStepWithArgument(settings, "safe-to-retry", "false"),
        failingTimes(10, new CopyOnWriteArrayList<>()), home);

    assertThat(safe.steps().get("flaky").attempts()).isEqualTo(3);
    assertThat(safe.steps().get("flaky").message()).isEqualTo("No more retries left");
    assertThat(unsafe.steps().get("flaky").attempts()).isEqualTo(1);
    assertThat(unsafe.steps().get("flaky").message()).isEqualTo("retryStrategy.expression evaluated to false");
  }

  @Test
  void anExpressionWithoutAPolicyRetriesErrorsToo() {
    String manifest = oneStep("retryStrategy:\n  limit: 1\n  expression: retries == \"0\"")
        .replace(ScriptedRunner.CLASS, "no.such.Runner");

    RunReport report = TestRuns.run(manifest, new ScriptedRunner(), home);

    StepReport flaky = report.steps().get("flaky");
    assertThat(flaky.phase()).isEqualTo(Phase.ERROR);
    assertThat(flaky.attempts()).isEqualTo(2);
    assertThat(flaky.message()).isEqualTo("No more retries left");
  }

  @Test
  void anExpressionThatCannotBeEvaluatedEndsTheStepInError() {
    ScriptedRunner runner = failingTimes(10, new CopyOnWriteArrayList<>());

    RunReport report = TestRuns.run(oneStep("retryStrategy:\n  limit: 3\n  expression: lastRetry.exitCode > 1"),
        runner, home);

    StepReport flaky = report.steps().get("flaky");
    assertThat(flaky.phase()).isEqualTo(Phase.ERROR);
    assertThat(flaky.attempts()).isEqualTo(1);
    assertThat(flaky.message()).isEqualTo("unable to evaluate expression 'lastRetry.exitCode > 1':"
        + " invalid operation: > (mismatched types string and int)");
  }

  @Test
  void aTimeoutFromAnInputIsTheCallsValue() {
    ScriptedRunner runner = new ScriptedRunner().step("flaky", in -> {
      try {
        Thread.sleep(60_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return "late";
    });

    RunReport report = TestRuns.run(
        oneStepWithArgument("timeout: \"{{inputs.parameters.timeout}}\"", "timeout", "100ms"), runner, home);

    StepReport flaky = report.steps().get("flaky");
    assertThat(flaky.phase()).isEqualTo(Phase.FAILED);
    assertThat(flaky.message()).isEqualTo("Pod was active on the node longer than the specified deadline");
    assertThat(flaky.detail()).isEqualTo("it ran longer than its timeout of 100ms");
  }

  @Test
  void aTemplatesActiveDeadlineSecondsStopsThePod() {
    ScriptedRunner runner = new ScriptedRunner().step("flaky", in -> {
      try {
        Thread.sleep(60_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return "late";
    });

    RunReport report = TestRuns.run(oneStep("activeDeadlineSeconds: 1"), runner, home);

    StepReport flaky = report.steps().get("flaky");
    assertThat(flaky.phase()).isEqualTo(Phase.FAILED);
    assertThat(flaky.message()).isEqualTo("Pod was active on the node longer than the specified deadline");
    assertThat(flaky.detail()).isEqualTo("it was active longer than its activeDeadlineSeconds of 1s");
    assertThat(Duration.between(flaky.startedAt(), flaky.finishedAt())).isLessThan(Duration.ofSeconds(30));
  }
}
