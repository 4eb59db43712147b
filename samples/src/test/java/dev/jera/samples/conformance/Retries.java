package dev.jera.samples.conformance;

import dev.jera.From;
import dev.jera.Param;
import dev.jera.Retry;
import dev.jera.Script;
import dev.jera.Value;
import dev.jera.Workflow;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Retries (Argo's {@code retryStrategy}, decided by {@code operator.go:processNodeRetries}): a limit
 * that runs out, the policies, a retry that succeeds, a backoff that would pass {@code maxDuration},
 * and an attempt stopped at the first attempt's start plus {@code maxDuration}; the exit handler
 * reads {@code workflow.status} and {@code workflow.failures}, which list every failed node.
 */
@Workflow(name = "conformance-retries", onExit = "report")
@Param(value = "marks", description = "a folder where a step marks that its first attempt ran")
public class Retries {

  @Script
  @Retry(limit = 1)
  public static String flaky() {
    throw new IllegalStateException("flaky always fails");
  }

  @Script(after = "flaky")
  public static String after() {
    return "ran";
  }

  @Script(name = "on-error")
  @Retry(limit = 2, policy = Retry.Policy.ON_ERROR)
  public static String onError() {
    throw new IllegalStateException("a failure, not an error");
  }

  @Script
  @Retry(limit = 2, policy = Retry.Policy.ALWAYS)
  public static String always() {
    throw new IllegalStateException("always fails");
  }

  @Script
  @Retry(limit = 3)
  public static String second(@Param("marks") String marks) throws IOException {
    firstAttemptFails(marks, "second");
    return "a later attempt";
  }

  @Script(name = "reads-second")
  public static String readsSecond(@From("second") String second) {
    return "read " + second;
  }

  @Script(name = "backoff-too-long")
  @Retry(limit = 3, backoff = "1h", maxBackoff = "1m")
  public static String backoffTooLong() {
    throw new IllegalStateException("fails once");
  }

  @Script(name = "stopped-late")
  @Retry(limit = 3, backoff = "100ms", maxBackoff = "5s")
  public static String stoppedLate(@Param("marks") String marks) throws IOException, InterruptedException {
    firstAttemptFails(marks, "stopped-late");
    Thread.sleep(60_000);
    return "too late";
  }

  /** Fails the first time it is called for {@code step}, and leaves a mark so that later attempts do not. */
  static void firstAttemptFails(String marks, String step) throws IOException {
    Path mark = Path.of(marks, step);
    if (!Files.exists(mark)) {
      Files.createFile(mark);
      throw new IllegalStateException("the first attempt fails");
    }
  }

  @Script
  public static String report(@Value("{{workflow.status}}") String status,
      @Value("{{workflow.failures}}") String failures) {
    return status + "\n" + failures;
  }
}
