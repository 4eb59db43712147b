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
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface Retry {

  /** How many times to retry after the first attempt (so {@code limit + 1} attempts at most); at least 0. */
  int limit();

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
