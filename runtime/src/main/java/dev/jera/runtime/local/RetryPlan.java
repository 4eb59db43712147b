package dev.jera.runtime.local;

import dev.jera.runtime.argo.GoDuration;
import java.time.Duration;
import java.time.Instant;

/**
 * A template's {@code retryStrategy}, read as Argo reads it ({@code operator.go:processNodeRetries}):
 * {@code limit} retries after the first attempt (none set: no limit); {@code retryPolicy} says which
 * failures are retried (OnFailure, the default: Failed; OnError: Error; Always: both; OnTransientError:
 * none, as no local failure is a transient Kubernetes one).
 *
 * <p>The backoff is decided before the policy, as Argo does: once {@code maxDuration} has passed since
 * the first attempt started, or would have passed when the wait ends, the step ends; otherwise, while
 * {@code limit} allows another attempt, the node waits {@code duration * factor^(n-1)} (at most
 * {@code cap}, and at most Go's longest duration) after attempt n, and only then is the policy
 * applied. So a failure the policy does not retry still ends after the wait, and with no {@code limit}
 * Argo never waits at all.
 */
final class RetryPlan {
  static final String MAX_DURATION_EXCEEDED = "Max duration limit exceeded";
  static final String BACKOFF_EXCEEDS_MAX_DURATION = "Backoff would exceed max duration limit";
  /** Go's {@code time.Duration} holds at most this many nanoseconds; Argo's waits saturate there. */
  private static final Duration LONGEST = Duration.ofNanos(Long.MAX_VALUE);

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

  /**
   * What to do after attempt {@code attemptsSoFar} ended in {@code phase}: retry, or end the step, in
   * either case after {@link Decision#delay()}.
   *
   * @param firstStarted when the first attempt started
   * @param now now, on the clock Argo would read (see {@link ScriptExecution} for shortened backoffs)
   */
  Decision next(Phase phase, int attemptsSoFar, Instant firstStarted, Instant now) {
    Duration wait = Duration.ZERO;
    if (duration != null) {
      if (maxDuration != null && now.isAfter(firstStarted.plus(maxDuration))) {
        return Decision.stop(MAX_DURATION_EXCEEDED);
      }
      Duration backoff = backoff(attemptsSoFar);
      if (maxDuration != null && now.plus(backoff).isAfter(firstStarted.plus(maxDuration))) {
        return Decision.stop(BACKOFF_EXCEEDS_MAX_DURATION);
      }
      if (limit != null && attemptsSoFar <= limit) {
        wait = backoff;
      }
    }
    boolean retryable = policy.equals("Always") && phase.failedOrError()
        || policy.equals("OnFailure") && phase == Phase.FAILED
        || policy.equals("OnError") && phase == Phase.ERROR;
    if (!retryable || (limit != null && attemptsSoFar > limit)) {
      return new Decision(false, wait, null);
    }
    return new Decision(true, wait, null);
  }

  /** The wait after attempt {@code attempt}: {@code duration * factor^(attempt-1)}, saturated, then capped. */
  private Duration backoff(int attempt) {
    Duration wait = duration.compareTo(LONGEST) > 0 ? LONGEST : duration;
    if (factor != null && factor > 0) {
      double multiplier = Math.pow(factor, attempt - 1);
      wait = multiplier > (double) Long.MAX_VALUE / Math.max(1, wait.toNanos())
          ? LONGEST
          : Duration.ofNanos(wait.toNanos() * (long) multiplier);
    }
    if (cap != null && wait.compareTo(cap) > 0) {
      wait = cap;
    }
    return wait;
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
   * Retry, or end the step ({@code retry} false), after {@code delay}; with an optional reason.
   *
   * @param retry whether to retry
   * @param delay how long Argo waits first
   * @param reason why retrying stopped early, or {@code null}
   */
  record Decision(boolean retry, Duration delay, String reason) {
    static Decision stop(String reason) {
      return new Decision(false, Duration.ZERO, reason);
    }
  }
}
