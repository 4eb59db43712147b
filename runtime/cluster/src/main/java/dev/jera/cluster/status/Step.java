package dev.jera.cluster.status;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A step of a Workflow on the cluster, named and grouped as a local run names its steps: a task or
 * step of the entry template (its node, with its retries' attempts), the items of a fan-out, or the exit
 * handler.
 *
 * @param name the step's name, or an item's, such as {@code price(0:ord-1)}
 * @param node its node; {@code null} for a fan-out of the STEPS style, which Argo gives no node of its own
 * @param items the items of a fan-out, in order; else empty
 * @param attemptNodes the pod nodes it ran, one per attempt, in order (the items' for a fan-out)
 */
public record Step(String name, NodeStatus node, List<Step> items, List<NodeStatus> attemptNodes) {

  /** Copies the lists. */
  public Step {
    items = List.copyOf(items);
    attemptNodes = List.copyOf(attemptNodes);
  }

  /** Whether it is a fan-out. */
  public boolean fansOut() {
    return node == null || "TaskGroup".equals(node.type());
  }

  /** Argo's phase: the node's, or for a STEPS fan-out the worst of its items'. */
  public String phase() {
    if (node != null) {
      return node.phase();
    }
    if (items.stream().anyMatch(item -> !item.done())) {
      return "Running";
    }
    for (String worst : new String[] {"Error", "Failed", "Succeeded", "Omitted"}) {
      if (items.stream().anyMatch(item -> item.phase().equals(worst))) {
        return worst;
      }
    }
    return "Skipped";
  }

  /** Whether it has ended. */
  public boolean done() {
    switch (phase()) {
      case "Succeeded":
      case "Failed":
      case "Error":
      case "Skipped":
      case "Omitted":
        return true;
      default:
        return false;
    }
  }

  /** How many times it was started: retries included, summed over items, 0 when skipped or omitted. */
  public int attempts() {
    if (fansOut()) {
      return items.stream().mapToInt(Step::attempts).sum();
    }
    String phase = phase();
    if (phase.equals("Skipped") || phase.equals("Omitted")) {
      return 0;
    }
    return attemptNodes.size();
  }

  /** When it started: its node's start, or its first item's. */
  public Instant startedAt() {
    if (node != null && node.startedAt() != null) {
      return node.startedAt();
    }
    return items.stream().map(Step::startedAt).filter(Objects::nonNull).min(Instant::compareTo).orElse(null);
  }

  /** When it ended, or {@code null}. */
  public Instant finishedAt() {
    if (node != null) {
      return node.finishedAt();
    }
    return items.stream().map(Step::finishedAt).filter(Objects::nonNull).max(Instant::compareTo).orElse(null);
  }

  /** Its message: its node's, or the first failed item's. */
  public String message() {
    if (node != null) {
      return node.message();
    }
    return items.stream().map(Step::message).filter(Objects::nonNull).findFirst().orElse(null);
  }

  /** The results of its items, in order (for a fan-out). */
  List<String> itemResults() {
    List<String> results = new ArrayList<>();
    items.forEach(item -> results.add(item.node() != null && item.node().result() != null ? item.node().result() : ""));
    return results;
  }
}
