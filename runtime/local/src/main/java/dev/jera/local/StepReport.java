package dev.jera.local;

import java.time.Instant;
import java.util.List;

/**
 * How one step of a run ended.
 *
 * @param name the step's name, or for an item of a loop its node name such as {@code price(0:ord-1)}
 * @param phase its phase; {@code null} when it never ran and has no node, as a step of a steps group
 *     after a failed group: Argo creates no node for it
 * @param result what {@code {{tasks.STEP.outputs.result}}} gives on Argo when it succeeded (an empty
 *     string for a {@code void} step; for a step that fans out, the JSON list of its succeeded items'
 *     results), else {@code null}
 * @param attempts how many times its pod was started, retries included; 0 when it was skipped, omitted,
 *     stubbed or never run, and for a step that fans out, whose items each count their own
 * @param startedAt when its node was created, or {@code null} when it has none
 * @param finishedAt when it ended, or {@code null} when it has no node
 * @param message Argo's message for its node (what {@code workflow.failures} shows), such as
 *     {@code main: Error (exit code 1)}, {@code No more retries left} or
 *     {@code when 'tails == heads' evaluated false}; {@code null} for none
 * @param exitCode the exit code of its last attempt, or {@code null}
 * @param children for a step that fans out, its items in order; for a step that runs a nested graph, the
 *     graph's steps; else empty
 * @param fansOut whether the step fans out over items ({@code withItems}, {@code withParam},
 *     {@code withSequence}), even over none
 * @param detail for people: what the step itself said when it failed (the exception, the last line of
 *     its log) or why the local run stopped it, which Argo's node does not hold; {@code null} for none
 */
public record StepReport(
    String name,
    Phase phase,
    String result,
    int attempts,
    Instant startedAt,
    Instant finishedAt,
    String message,
    Integer exitCode,
    List<StepReport> children,
    boolean fansOut,
    String detail) {

  /** Copies the list; a detail that only repeats the message is none. */
  public StepReport {
    children = List.copyOf(children);
    detail = detail != null && detail.equals(message) ? null : detail;
  }

  /** A report without a detail. */
  public StepReport(String name, Phase phase, String result, int attempts, Instant startedAt, Instant finishedAt,
      String message, Integer exitCode, List<StepReport> children, boolean fansOut) {
    this(name, phase, result, attempts, startedAt, finishedAt, message, exitCode, children, fansOut, null);
  }

  /** A report without a detail, fanning out when it has items. */
  public StepReport(String name, Phase phase, String result, int attempts, Instant startedAt, Instant finishedAt,
      String message, Integer exitCode, List<StepReport> children) {
    this(name, phase, result, attempts, startedAt, finishedAt, message, exitCode, children, !children.isEmpty(), null);
  }

  /** Whether it has a node, as on Argo: it ran, or was skipped or omitted; false when it never ran. */
  public boolean hasNode() {
    return phase != null;
  }
}
