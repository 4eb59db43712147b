package dev.jera.samples.argo;

import dev.jera.Retry;
import dev.jera.Template;
import dev.jera.Workflow;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Argo's {@code examples/retry-on-error.yaml}: the template {@code error-container} exits with a random
 * code from 0 to 4 and is retried up to twice, on errors and failures alike ({@code Always}).
 */
@Workflow(name = "retry-on-error", entrypoint = "error-container")
public class RetryOnError {
  /** Exits with a random code from 0 to 4, as upstream's {@code random.choice(range(0, 5))}. */
  @Template
  @Retry(limit = 2, policy = Retry.Policy.ALWAYS)
  public static void errorContainer() {
    int exitCode = ThreadLocalRandom.current().nextInt(5);
    if (exitCode != 0) {
      throw new IllegalStateException("exit code " + exitCode);
    }
  }
}
