package dev.jera.local.engine;

import dev.jera.local.Phase;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Argo's {@code dag.go:assessDAGPhase}: a breadth-first walk from the DAG node along the links of its
 * nodes, carrying each branch's phase: a node that ran (Succeeded, Failed, Error) passes its own phase
 * on, a skipped or omitted one what it was given, a retry node's attempts and a task group's items
 * what they are given. A target task (by default a leaf: a task no other task depends on) takes the
 * phase its branch brings it, Failed or Error over Succeeded when branches meet. The DAG fails with the
 * first failed target, by name, once no node is still running; with {@code failFast: false} only once
 * every target has been reached.
 */
final class DagPhase {
  private DagPhase() {}

  /**
   * The DAG's phase, or {@code null} while it is still running.
   *
   * @param targets the target tasks, sorted by name
   * @param taskNode a task's node, or {@code null} when it has none
   */
  static Phase assess(Node dag, List<String> targets, Function<String, Node> taskNode, boolean failFast) {
    Map<Node, Phase> targetPhases = new HashMap<>();
    Set<Node> targetNodes = new HashSet<>();
    for (String target : targets) {
      Node node = taskNode.apply(target);
      if (node != null) {
        targetNodes.add(node);
      }
    }
    Deque<Node> queue = new ArrayDeque<>();
    Deque<Phase> phases = new ArrayDeque<>();
    Set<String> seen = new HashSet<>();
    for (Node child : dag.children) {
      enqueue(queue, phases, seen, child, Phase.SUCCEEDED);
    }
    while (!queue.isEmpty()) {
      Node node = queue.poll();
      Phase branch = phases.poll();
      if (!node.fulfilled()) {
        return null;
      }
      if (node.phase != null && node.phase.completed()) {
        branch = node.phase;
      }
      if (targetNodes.contains(node)) {
        Phase previous = targetPhases.get(node);
        if (previous == null || !previous.failedOrError()) {
          targetPhases.put(node, branch);
        }
      }
      for (Node child : node.children) {
        // A retry node's children are its attempts; every other node's, the nodes it leads to.
        enqueue(queue, phases, seen, child, branch);
      }
    }
    Phase result = Phase.SUCCEEDED;
    for (String target : targets) {
      Node node = taskNode.apply(target);
      Phase branch = node == null ? null : targetPhases.get(node);
      if (branch == null) {
        result = null;
        if (!failFast) {
          break;
        }
      } else if (branch.failedOrError()) {
        result = branch;
        if (failFast) {
          break;
        }
      }
    }
    return result;
  }

  /** {@code uniquePhaseNodeQueue}: a node is walked once per phase it is reached with. */
  private static void enqueue(Deque<Node> queue, Deque<Phase> phases, Set<String> seen, Node node, Phase phase) {
    if (seen.add(node.id + "-" + phase)) {
      queue.add(node);
      phases.add(phase);
    }
  }
}
