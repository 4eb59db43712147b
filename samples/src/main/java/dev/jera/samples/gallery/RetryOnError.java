package dev.jera.samples.gallery;

import dev.jera.Param;
import dev.jera.Retry;
import dev.jera.Script;
import dev.jera.Workflow;
import java.util.concurrent.ThreadLocalRandom;

/**
 * After Argo's {@code examples/retry-on-error.yaml}: a step that fails four times in five, retried twice with
 * {@code retryPolicy: Always}, which retries errors of the system around the step (a deleted pod, a
 * lost node) as well as the step's own failures. The default, {@code ON_FAILURE}, retries only the
 * latter; {@code ON_ERROR} only the former, so a method that throws would not be retried under it.
 *
 * <p>Jera's own sample, not a port: the gallery shows features, so it differs from the upstream file
 * (parameter {@code failure-chance} added). The faithful ports, compared with the upstream files, are in
 * {@code dev.jera.samples.argo}.
 */
@Workflow(name = "gallery-retry-on-error")
@Param(value = "failure-chance", defaultValue = "0.8", description = "the chance that one attempt fails")
public class RetryOnError {

  @Script
  @Retry(limit = 2, policy = Retry.Policy.ALWAYS)
  public static String errorContainer(@Param("failure-chance") double chance) {
    if (ThreadLocalRandom.current().nextDouble() < chance) {
      throw new IllegalStateException("failed, as it does four times in five");
    }
    return "succeeded";
  }
}
