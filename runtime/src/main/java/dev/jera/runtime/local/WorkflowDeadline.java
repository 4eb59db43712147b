package dev.jera.runtime.local;

import java.time.Duration;
import java.time.Instant;

/**
 * {@code spec.activeDeadlineSeconds}: once it has passed, no step of the main flow starts and running
 * ones are stopped as on a timeout (each attempt's timeout is capped by the time left); the workflow
 * then fails with Argo's message. It no longer applies once the main flow has ended, so the exit
 * handler runs whatever the deadline.
 */
final class WorkflowDeadline {
  /** The workflow's message when its deadline stopped it. */
  static final String EXCEEDED = "Max duration limit exceeded";

  private final Instant end;
  private boolean reached;
  private boolean lifted;

  /** The deadline {@code seconds} after {@code start}, or none when {@code seconds} is {@code null}. */
  WorkflowDeadline(Instant start, Long seconds) {
    this.end = seconds == null ? null : start.plusSeconds(seconds);
  }

  /** How long until it passes, or {@code null} for none. */
  Duration remaining() {
    if (end == null || lifted) {
      return null;
    }
    Duration left = Duration.between(Instant.now(), end);
    return left.isNegative() ? Duration.ZERO : left;
  }

  /** Whether it has passed. */
  boolean exceeded() {
    return passedBy(Instant.now());
  }

  /** Whether it will have passed by {@code when}. */
  boolean passedBy(Instant when) {
    return end != null && !lifted && (reached || !when.isBefore(end));
  }

  /**
   * A step stopped because its timeout, capped by the time left, ran out: the deadline has passed,
   * whatever this machine's wall clock says.
   */
  void reached() {
    reached = true;
  }

  /** Whether {@code capped}, a timeout {@link #cap} returned for {@code timeout}, is the deadline's. */
  static boolean isCap(Duration timeout, Duration capped) {
    return capped != null && !capped.equals(timeout);
  }

  /** {@code timeout} capped by the time left, {@code null} staying {@code null} when there is no deadline. */
  Duration cap(Duration timeout) {
    Duration left = remaining();
    if (left == null) {
      return timeout;
    }
    return timeout == null || left.compareTo(timeout) < 0 ? left : timeout;
  }

  /** The main flow has ended: the deadline no longer applies. */
  void lift() {
    lifted = true;
  }
}
