package dev.jera.samples.argo;

import dev.jera.Retry;
import dev.jera.Template;
import dev.jera.Workflow;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Argo's {@code examples/retry-backoff.yaml}: the template {@code retry-backoff} exits 1 two times in
 * three and is retried up to ten times, waiting 1s, 2s, 4s, then 5s (the cap) between attempts, none
 * starting once a minute has passed since the first (upstream writes the seconds bare, {@code "1"} and
 * {@code "5"}; Jera spells the unit).
 */
@Workflow(
    name = "retry-backoff",
    entrypoint = "retry-backoff",
    labels = "workflows.argoproj.io/no-test=duration")
public class RetryBackoff {
  /** Fails two times in three, as upstream's {@code random.choice([0, 1, 1])}. */
  @Template
  @Retry(limit = 10, backoff = "1s", factor = 2, maxBackoff = "1m", cap = "5s")
  public static void retryBackoff() {
    if (ThreadLocalRandom.current().nextInt(3) != 0) {
      throw new IllegalStateException("exit code 1");
    }
  }
}
