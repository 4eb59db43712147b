package dev.jera.samples.argo;

import dev.jera.Retry;
import dev.jera.Template;
import dev.jera.Workflow;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Argo's {@code examples/retry-script.yaml}: the script template {@code retry-script} exits 1 two times
 * in three, and is retried up to ten times.
 */
@Workflow(name = "retry-script", entrypoint = "retry-script")
public class RetryScript {
  /** Fails two times in three, as upstream's {@code random.choice([0, 1, 1])}. */
  @Template
  @Retry(limit = 10)
  public static void retryScript() {
    if (ThreadLocalRandom.current().nextInt(3) != 0) {
      throw new IllegalStateException("exit code 1");
    }
  }
}
