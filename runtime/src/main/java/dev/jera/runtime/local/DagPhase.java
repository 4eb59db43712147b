package dev.jera.runtime.local;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Argo's {@code assessDAGPhase}: a DAG fails when one of its leaves (tasks no other task depends on)
 * ends on a failed branch. A task that ran passes its own phase down its branch (a loop, each item's);
 * a skipped or omitted one passes on what its parents passed to it. So a failure "handled" by a task
 * such as {@code depends: a.Failed} does not fail the DAG, while one that only omits what follows does.
 */
final class DagPhase {
  private final List<String> leaves;
  private final Map<String, Set<String>> parents;
  private final Map<String, NodeStatus> nodes;

  DagPhase(DagTemplate dag, Map<String, Set<String>> parents, Map<String, NodeStatus> nodes) {
    this.parents = parents;
    this.nodes = nodes;
    Set<String> named = new HashSet<>();
    parents.values().forEach(named::addAll);
    List<String> leaves = new ArrayList<>();
    dag.tasks().forEach(task -> {
      if (!named.contains(task.name())) {
        leaves.add(task.name());
      }
    });
    leaves.sort(null);
    this.leaves = leaves;
  }

  /** The phase of the first leaf, by name, known to end on a failed branch; {@code null} if none yet. */
  Phase failure() {
    for (String leaf : leaves) {
      Phase phase = leafPhase(leaf);
      if (phase != null && phase.failedOrError()) {
        return phase;
      }
    }
    return null;
  }

  /** The DAG's phase once every task has ended. */
  Phase phase() {
    Phase failure = failure();
    return failure == null ? Phase.SUCCEEDED : failure;
  }

  private Phase leafPhase(String leaf) {
    NodeStatus node = nodes.get(leaf);
    if (node == null || !node.done()) {
      return null;
    }
    if (node.phase.completed()) {
      return node.phase;
    }
    return firstFailure(inherited(leaf));
  }

  /** The phases a task's branch passes to its dependents; empty while unknown. */
  private List<Phase> passedOn(String task) {
    NodeStatus node = nodes.get(task);
    if (node == null || !node.done()) {
      return List.of();
    }
    if (!node.phase.completed()) {
      return inherited(task);
    }
    if (node.looped && !node.children.isEmpty()) {
      List<Phase> phases = new ArrayList<>();
      node.children.forEach(child -> phases.add(child.phase.completed() ? child.phase : node.phase));
      return phases;
    }
    return List.of(node.phase);
  }

  private List<Phase> inherited(String task) {
    Set<String> from = parents.getOrDefault(task, Set.of());
    if (from.isEmpty()) {
      return List.of(Phase.SUCCEEDED);
    }
    List<Phase> phases = new ArrayList<>();
    from.forEach(parent -> phases.addAll(passedOn(parent)));
    return phases;
  }

  private static Phase firstFailure(List<Phase> phases) {
    for (Phase phase : phases) {
      if (phase.failedOrError()) {
        return phase;
      }
    }
    return Phase.SUCCEEDED;
  }
}
