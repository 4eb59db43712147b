package dev.jera.local.engine;

import java.time.Duration;
import java.time.Instant;

/**
 * {@code spec.activeDeadlineSeconds}: once it has passed, running pods of the main flow are stopped and
 * pods not yet created fail without running, both with "Step exceeded its deadline", as Argo's
 * {@code exec_control.go:applyExecutionControl} and {@code operator.go:failNodesWithoutCreatedPodsAfterDeadlineOrShutdown}
 * do; the flow's own rules then decide the workflow's phase. It no longer applies once the main flow
 * has ended, so the exit handler runs whatever the deadline.
 */
final class WorkflowDeadline {
  /** The message of a pod stopped, or never started, because the deadline passed. */
  static final String STEP_EXCEEDED = "Step exceeded its deadline";

  private final Instant end;
  private boolean reached;
  private boolean lifted;

  /** The deadline {@code seconds} after {@code start}, or none when {@code seconds} is {@code null}. */
  WorkflowDeadline(Instant start, Long seconds) {
    this.end = seconds == null ? null : start.plusSeconds(seconds);
  }

  /** When it passes, or {@code null} for none. */
  Instant end() {
    return lifted ? null : end;
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

  /** The main flow has ended: the deadline no longer applies. */
  void lift() {
    lifted = true;
  }
}
