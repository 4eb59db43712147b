package dev.jera.runtime.local;

import java.util.List;

/** Runs the exit handler, {@code spec.onExit}, as one step once the main flow has ended. */
final class ExitFlow implements Flow {
  private final Task task;
  private final TaskStarter starter;
  private final Variables scope;
  private NodeStatus node;

  ExitFlow(Task task, TaskStarter starter, Variables scope) {
    this.task = task;
    this.starter = starter;
    this.scope = scope;
  }

  @Override
  public void advance() {
    if (node == null) {
      node = starter.start(task, scope, () -> false);
    }
  }

  @Override
  public boolean finished() {
    return node != null && node.done();
  }

  @Override
  public Phase phase() {
    return node.phase;
  }

  @Override
  public List<NodeStatus> nodes() {
    return node == null ? List.of() : List.of(node);
  }
}
