package dev.jera;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Retries a failed step (Argo's {@code retryStrategy}). On a script it applies to that step; on the
 * {@link Workflow} class, to every script that has none of its own.
 *
 * <pre>{@code
 * @Retry(limit = 3, backoff = "10s", factor = 2, maxBackoff = "5m")
 * @Retry                                    // retries until it succeeds
 * @Retry(limit = 10, expression = "asInt(lastRetry.exitCode) > 1")
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface Retry {

  /** {@link #limit()} for no limit: Argo's {@code retryStrategy} without {@code limit}. */
  int UNLIMITED = -1;

  /**
   * How many times to retry after the first attempt (so {@code limit + 1} attempts at most); at least 0.
   * Default: {@link #UNLIMITED}, retry until an attempt succeeds (or the workflow's deadline passes).
   */
  int limit() default UNLIMITED;

  /** Which failures are retried. Default: {@link Policy#ON_FAILURE}, Argo's default. */
  Policy policy() default Policy.ON_FAILURE;

  /** The wait before the first retry, as a Go duration ({@code "5s"}); empty retries at once. */
  String backoff() default "";

  /** Each further wait is the previous one times this factor; 0 keeps Argo's default. Needs {@link #backoff()}. */
  int factor() default 0;

  /**
   * Argo's {@code backoff.maxDuration} (a Go duration; needs {@link #backoff()}): no retry starts once
   * this much time has passed since the first attempt started, or when its wait would end later, and
   * every attempt after the first is stopped at that time.
   */
  String maxBackoff() default "";

  /**
   * Argo's {@code backoff.cap} (a Go duration; needs {@link #backoff()}): no wait is longer, however often
   * {@link #factor()} has grown it. The wait before retry {@code n} is {@code min(backoff * factor^(n-1), cap)}.
   */
  String cap() default "";

  /**
   * Retries only while this expr-lang condition holds after a failed attempt (Argo's {@code expression}), e.g.
   * {@code "asInt(lastRetry.exitCode) > 1 && lastRetry.status != 'Error'"}. It reads
   * {@code lastRetry.exitCode}, {@code lastRetry.status}, {@code lastRetry.duration} (seconds),
   * {@code lastRetry.message} and {@code retries}, all strings, and the template's inputs as
   * {@code {{inputs.parameters.name}}} tags. With an expression and no {@link #policy()} written, Argo
   * retries errors too (its default becomes {@code Always}); write {@code policy} to narrow it.
   */
  String expression() default "";

  /** Which failures a {@link Retry} retries (Argo's {@code retryPolicy}). */
  enum Policy {
    /** Every failure and every error. */
    ALWAYS,
    /** A step that failed: the script threw or exited non-zero. */
    ON_FAILURE,
    /** An error of the system around the step (the pod was deleted, the node went away). */
    ON_ERROR,
    /** Errors Argo deems transient, such as network errors. */
    ON_TRANSIENT_ERROR
  }
}
