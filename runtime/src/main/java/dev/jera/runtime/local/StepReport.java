package dev.jera.runtime.local;

import java.time.Instant;
import java.util.List;

/**
 * How one step of a run ended.
 *
 * @param name the step's name, or for an item of a loop its node name such as {@code price(0:ord-1)}
 * @param phase its phase
 * @param result what {@code {{tasks.STEP.outputs.result}}} gives on Argo when it succeeded (an empty
 *     string for a {@code void} step; for a step that fans out, the JSON list of its items' results),
 *     else {@code null}
 * @param attempts how many times it was started, retries included; 0 when it was skipped, omitted or
 *     stubbed, and for a step that fans out, whose items each count their own
 * @param startedAt when it started, or when it was decided not to run
 * @param finishedAt when it ended
 * @param message why it did not succeed, or why it was skipped, or {@code null}
 * @param exitCode the exit code of its last attempt, or {@code null}
 * @param children for a step that fans out, its items in order; else empty
 * @param fansOut whether the step fans out over items ({@code withItems}, {@code withParam},
 *     {@code withSequence}), even over none
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
    boolean fansOut) {

  /** Copies the list. */
  public StepReport {
    children = List.copyOf(children);
  }
}
