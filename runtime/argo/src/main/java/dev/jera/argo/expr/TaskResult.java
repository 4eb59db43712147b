package dev.jera.argo.expr;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What {@code depends} can ask of a task, as in {@code load.Failed} ({@code common/ancestry.go}), and how Argo
 * decides it ({@code controller/dag.go}).
 */
public enum TaskResult {
  /** The task succeeded. */
  SUCCEEDED("Succeeded"),
  /** The task failed. */
  FAILED("Failed"),
  /** The task ended in error. */
  ERRORED("Errored"),
  /** The task was skipped by its {@code when}. */
  SKIPPED("Skipped"),
  /** The task was omitted by its own {@code depends}. */
  OMITTED("Omitted"),
  /** The task is a daemon. */
  DAEMONED("Daemoned"),
  /** At least one item of a looped task succeeded; never true of a task that is not looped. */
  ANY_SUCCEEDED("AnySucceeded"),
  /**
   * A looped task had items and every one failed (Argo: {@code len(children) > 0} and all {@code Failed}). A
   * loop over no items has not all failed; a task that is not looped never has.
   */
  ALL_FAILED("AllFailed");

  private final String argoName;

  TaskResult(String argoName) {
    this.argoName = argoName;
  }

  /** The result as written after the dot in {@code depends}, such as {@code AnySucceeded}. */
  public String argoName() {
    return argoName;
  }

  /** Whether the result only makes sense for a looped task ({@code AnySucceeded}, {@code AllFailed}). */
  public boolean needsLoop() {
    return this == ANY_SUCCEEDED || this == ALL_FAILED;
  }

  /** Whether this result is true of a finished task. */
  public boolean holdsFor(TaskState task) {
    switch (this) {
      case SUCCEEDED:
        return task.phase() == TaskPhase.SUCCEEDED;
      case FAILED:
        return task.phase() == TaskPhase.FAILED;
      case ERRORED:
        return task.phase() == TaskPhase.ERRORED;
      case SKIPPED:
        return task.phase() == TaskPhase.SKIPPED;
      case OMITTED:
        return task.phase() == TaskPhase.OMITTED;
      case DAEMONED:
        return task.daemoned();
      case ANY_SUCCEEDED:
        return task.looped() && task.children().contains(TaskPhase.SUCCEEDED);
      case ALL_FAILED:
        return task.looped() && !task.children().isEmpty()
            && task.children().stream().allMatch(phase -> phase == TaskPhase.FAILED);
      default:
        throw new AssertionError(this);
    }
  }

  /** The result named {@code argoName} in {@code depends}, matched exactly as Argo does (case matters). */
  public static Optional<TaskResult> fromArgoName(String argoName) {
    return Arrays.stream(values()).filter(result -> result.argoName.equals(argoName)).findFirst();
  }

  /** Every result's name, for messages: {@code Succeeded, Failed, …, AllFailed}. */
  static String allArgoNames() {
    return Arrays.stream(values()).map(TaskResult::argoName).collect(Collectors.joining(", "));
  }
}
