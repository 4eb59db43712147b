package dev.jera.samples.gallery;

import dev.jera.Param;
import dev.jera.Retry;
import dev.jera.Script;
import dev.jera.Workflow;
import java.util.concurrent.ThreadLocalRandom;

/**
 * After Argo's {@code examples/retry-backoff.yaml}: a step that fails two times in three, retried with an
 * exponential backoff (1s, 2s, 4s, …) and never past a total of {@code maxBackoff} since the first
 * attempt (Argo's {@code backoff.maxDuration}). Argo's example also caps each wait at 5s, which
 * {@code @Retry} does not offer; the budget here is 5s, so an unlucky step stops after three attempts.
 *
 * <p>Jera's own sample, not a port: the gallery shows features, so it differs from the upstream file
 * (maxDuration 1m → 5s; cap dropped; parameter added). The faithful ports, compared with the upstream
 * files, are in {@code dev.jera.samples.argo}.
 */
@Workflow(name = "gallery-retry-backoff")
@Param(value = "success-chance", defaultValue = "0.34", description = "the chance that one call succeeds")
public class RetryBackoff {

  @Script
  @Retry(limit = 10, backoff = "1s", factor = 2, maxBackoff = "5s")
  public static String callFlakyService(@Param("success-chance") double chance) {
    if (ThreadLocalRandom.current().nextDouble() >= chance) {
      throw new IllegalStateException("the service did not answer");
    }
    return "answered";
  }
}
