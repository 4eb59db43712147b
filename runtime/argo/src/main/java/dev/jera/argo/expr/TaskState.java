package dev.jera.argo.expr;

import java.util.List;
import java.util.Objects;

/**
 * A finished task, as a {@code depends} expression sees it.
 *
 * @param phase the task's phase; for a looped task, the phase of the group node that holds its items
 * @param daemoned whether the task is a daemon that was running when its dependants were considered
 * @param looped whether the task fans out over items ({@code withItems}, {@code withParam} or
 *     {@code withSequence}); only then do {@code AnySucceeded} and {@code AllFailed} look at {@code children}
 * @param children the phases of the items of a looped task, in order; empty for a task that is not looped
 */
public record TaskState(TaskPhase phase, boolean daemoned, boolean looped, List<TaskPhase> children) {

  /** Checks that only a looped task has items, and copies the item list. */
  public TaskState {
    Objects.requireNonNull(phase, "phase");
    children = List.copyOf(children);
    if (!looped && !children.isEmpty()) {
      throw new IllegalArgumentException("only a looped task has items, but got " + children);
    }
  }

  /** A task that ran once and finished with {@code phase}. */
  public static TaskState of(TaskPhase phase) {
    return new TaskState(phase, false, false, List.of());
  }

  /** A daemon task, which counts as {@code Daemoned} besides its phase. */
  public static TaskState daemon(TaskPhase phase) {
    return new TaskState(phase, true, false, List.of());
  }

  /** A looped task whose group node finished with {@code phase} and whose items finished with {@code children}. */
  public static TaskState looped(TaskPhase phase, List<TaskPhase> children) {
    return new TaskState(phase, false, true, children);
  }
}
