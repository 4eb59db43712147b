package dev.jera.argo.expr;

import java.util.Objects;
import java.util.Optional;

/**
 * One operand of a {@code depends} expression: a task, and the result asked of it.
 *
 * @param task the task's name, such as {@code fetch-data}
 * @param result the result after the dot, or empty for a bare name, which Argo reads as
 *     {@code (task.Succeeded || task.Skipped || task.Daemoned)}
 */
public record TaskReference(String task, Optional<TaskResult> result) {

  /** Checks that both parts are present. */
  public TaskReference {
    Objects.requireNonNull(task, "task");
    Objects.requireNonNull(result, "result");
  }

  /** Whether the reference holds for the finished task. */
  public boolean holdsFor(TaskState state) {
    if (result.isPresent()) {
      return result.get().holdsFor(state);
    }
    return TaskResult.SUCCEEDED.holdsFor(state) || TaskResult.SKIPPED.holdsFor(state)
        || TaskResult.DAEMONED.holdsFor(state);
  }

  /** The operand as written in {@code depends}: {@code task} or {@code task.Result}. */
  @Override
  public String toString() {
    return result.map(r -> task + "." + r.argoName()).orElse(task);
  }
}
