package dev.jera.samples.argo;

import dev.jera.Retry;
import dev.jera.Template;
import dev.jera.Workflow;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Argo's {@code examples/retry-container-to-completion.yaml}: the template {@code retry-to-completion}
 * exits with a code from 0 to 4 at random (so fails four times in five), and is retried without a limit
 * until it succeeds ({@code retryStrategy: {}}).
 */
@Workflow(
    name = "retry-to-completion",
    entrypoint = "retry-to-completion",
    labels = "workflows.argoproj.io/no-test=duration")
public class RetryContainerToCompletion {
  /** Exits with 0, 1, 2, 3 or 4, as upstream's {@code random.choice(range(0, 5))}. */
  @Template
  @Retry
  public static void retryToCompletion() {
    int exitCode = ThreadLocalRandom.current().nextInt(5);
    if (exitCode != 0) {
      System.exit(exitCode);
    }
  }
}
