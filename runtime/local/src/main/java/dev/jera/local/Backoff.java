package dev.jera.local;

import java.time.Duration;
import java.time.Instant;

/**
 * An attempt of a step failed and the node now waits out its {@code retryStrategy} backoff: then the
 * next attempt starts ({@code retry}), or, for a failure the policy does not retry, the step ends, as
 * Argo's controller waits the backoff before it even looks at the policy.
 *
 * @param step the step, or the item of a loop, such as {@code price(0:ord-1)}
 * @param attempt the attempt that failed, from 1
 * @param message why it failed
 * @param retry whether another attempt follows the wait
 * @param delay how long this run waits: Argo's backoff, or less when the run shortens backoffs
 * @param until when the wait ends
 * @param argoDelay how long Argo would wait
 */
public record Backoff(
    String step, int attempt, String message, boolean retry, Duration delay, Instant until, Duration argoDelay) {

  /** Whether this run waits less than Argo would ({@link LocalRun#retryBackoff}, {@code --retry-backoff}). */
  public boolean shortened() {
    return delay.compareTo(argoDelay) < 0;
  }
}
