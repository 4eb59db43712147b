package dev.jera.runtime.local;

import dev.jera.runtime.argo.GoDuration;
import java.time.Duration;
import java.time.Instant;

/**
 * A template's {@code retryStrategy}, read as Argo reads it ({@code operator.go:processNodeRetries}):
 * {@code limit} retries after the first attempt (none set: no limit); {@code retryPolicy} says which
 * failures are retried (OnFailure, the default: Failed; OnError: Error; Always: both; OnTransientError:
 * none, as no local failure is a transient Kubernetes one); the wait before retry n is
 * {@code duration * factor^(n-1)}, at most {@code cap}; no retry starts once {@code maxDuration} has
 * passed since the first attempt started, or would start after it.
 */
final class RetryPlan {
  static final String MAX_DURATION_EXCEEDED = "Max duration limit exceeded";

  private final Integer limit;
  private final String policy;
  private final Duration duration;
  private final Integer factor;
  private final Duration maxDuration;
  private final Duration cap;

  private RetryPlan(Integer limit, String policy, Duration duration, Integer factor, Duration maxDuration, Duration cap) {
    this.limit = limit;
    this.policy = policy;
    this.duration = duration;
    this.factor = factor;
    this.maxDuration = maxDuration;
    this.cap = cap;
  }

  /**
   * Reads {@code strategy}, or returns {@code null} for none.
   *
   * @throws IllegalArgumentException on a value Argo would reject; the step then ends in Error
   */
  static RetryPlan of(RetryStrategy strategy) {
    if (strategy == null) {
      return null;
    }
    String policy = strategy.retryPolicy() == null || strategy.retryPolicy().isEmpty() ? "OnFailure" : strategy.retryPolicy();
    if (!policy.matches("Always|OnFailure|OnError|OnTransientError")) {
      throw new IllegalArgumentException("retryPolicy '" + policy + "' is not one of Always, OnFailure, OnError, OnTransientError");
    }
    boolean backoff = strategy.backoffDuration() != null || strategy.backoffFactor() != null
        || strategy.backoffMaxDuration() != null || strategy.backoffCap() != null;
    if (backoff && strategy.backoffDuration() == null) {
      throw new IllegalArgumentException("no base duration specified for retryStrategy");
    }
    return new RetryPlan(
        integer(strategy.limit(), "retryStrategy.limit"),
        policy,
        duration(strategy.backoffDuration()),
        integer(strategy.backoffFactor(), "retryStrategy.backoff.factor"),
        duration(strategy.backoffMaxDuration()),
        duration(strategy.backoffCap()));
  }

  /** What to do after an attempt that ended in {@code phase}. */
  Decision next(Phase phase, int attemptsSoFar, Instant firstStarted, Instant now) {
    boolean retryable = policy.equals("Always") && phase.failedOrError()
        || policy.equals("OnFailure") && phase == Phase.FAILED
        || policy.equals("OnError") && phase == Phase.ERROR;
    if (!retryable || (limit != null && attemptsSoFar > limit)) {
      return Decision.stop(null);
    }
    Duration wait = Duration.ZERO;
    if (duration != null) {
      wait = duration;
      if (factor != null && factor > 0) {
        wait = duration.multipliedBy((long) Math.pow(factor, attemptsSoFar - 1));
      }
      if (cap != null && wait.compareTo(cap) > 0) {
        wait = cap;
      }
    }
    if (maxDuration != null) {
      Instant deadline = firstStarted.plus(maxDuration);
      if (now.isAfter(deadline) || now.plus(wait).isAfter(deadline)) {
        return Decision.stop(MAX_DURATION_EXCEEDED);
      }
    }
    return Decision.retryAfter(wait);
  }

  /** Go's {@code ParseStringToDuration}: a whole number of seconds, or a Go duration. */
  private static Duration duration(String text) {
    if (text == null) {
      return null;
    }
    if (GoDuration.isBareInteger(text)) {
      return Duration.ofSeconds(Long.parseLong(text));
    }
    return GoDuration.parse(text);
  }

  private static Integer integer(String text, String field) {
    if (text == null) {
      return null;
    }
    try {
      return Integer.valueOf(text.strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(field + " '" + text + "' is not a whole number");
    }
  }

  /**
   * Retry after {@code wait}, or stop ({@code retry} false) with an optional reason.
   *
   * @param retry whether to retry
   * @param delay how long to wait first
   * @param reason why retrying stopped early, or {@code null}
   */
  record Decision(boolean retry, Duration delay, String reason) {
    static Decision stop(String reason) {
      return new Decision(false, Duration.ZERO, reason);
    }

    static Decision retryAfter(Duration wait) {
      return new Decision(true, wait, null);
    }
  }
}
