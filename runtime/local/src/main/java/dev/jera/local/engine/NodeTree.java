package dev.jera.local.engine;

import dev.jera.local.NodeType;
import dev.jera.local.Phase;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A run's nodes, as Argo's controller records them in {@code status.nodes}: created under the names,
 * ids, display names and links Argo gives them ({@code operator.go:initializeNode}, {@code addChildNode},
 * {@code getOutboundNodes}), kept in the order they were created.
 */
final class NodeTree {
  /** {@code operator.go:stepsOrDagSeparator}: what a display name drops after its boundary's name. */
  private static final Pattern SEPARATOR = Pattern.compile("^(\\[\\d+\\])?\\.");

  private final String workflowName;
  private final Map<String, Node> byName = new LinkedHashMap<>();

  NodeTree(String workflowName) {
    this.workflowName = workflowName;
  }

  String workflowName() {
    return workflowName;
  }

  /**
   * Creates node {@code name} ({@code initializeNode}); a {@code phase} of {@code null} leaves it running.
   *
   * @throws IllegalStateException if it exists: Argo panics there too
   */
  Node create(String name, NodeType type, String templateName, Node boundary, Phase phase, String message) {
    if (byName.containsKey(name)) {
      throw new IllegalStateException("node " + name + " already initialized");
    }
    String displayName = name;
    if (boundary != null) {
      displayName = SEPARATOR.matcher(name.substring(boundary.name.length())).replaceFirst("");
    }
    Instant now = Instant.now();
    Node node = new Node(NodeIds.id(workflowName, name), name, displayName, type, templateName, boundary, now);
    node.phase = phase;
    node.message = message;
    if (phase != null) {
      node.finishedAt = now;
    }
    byName.put(name, node);
    return node;
  }

  /** Node {@code name}, or {@code null}. */
  Node get(String name) {
    return byName.get(name);
  }

  /** Every node, in the order they were created. */
  Collection<Node> nodes() {
    return Collections.unmodifiableCollection(byName.values());
  }

  /** {@code addChildNode}: links {@code child} under {@code parent} once. */
  static void addChild(Node parent, Node child) {
    if (!parent.children.contains(child)) {
      parent.children.add(child);
    }
  }

  /**
   * {@code getOutboundNodes}: the nodes a dependent of {@code node} hangs from: the node itself for a
   * pod or a skipped node, the last attempt of a retry node, the outbound nodes of each item of a task
   * group (the group itself while it has none), and the outbound nodes of a DAG or steps node. A container
   * set's pod hangs its dependents from its last containers, each of which is outbound where its
   * children lie outside the pod.
   */
  static List<Node> outbound(Node node) {
    switch (node.type) {
      case POD:
      case CONTAINER:
        boolean containerSet = node.type == NodeType.CONTAINER
            || node.children.stream().anyMatch(child -> child.type == NodeType.CONTAINER && child.boundary == node);
        if (!containerSet || node.children.isEmpty()) {
          return List.of(node);
        }
        List<Node> leaves = new ArrayList<>();
        for (Node child : node.children) {
          if (node.type == NodeType.CONTAINER && child.boundary != node.boundary) {
            leaves.add(node);
          } else {
            leaves.addAll(outbound(child));
          }
        }
        return leaves;
      case SKIPPED:
        return List.of(node);
      case TASK_GROUP:
        if (node.children.isEmpty()) {
          return List.of(node);
        }
        List<Node> items = new ArrayList<>();
        node.children.forEach(child -> items.addAll(outbound(child)));
        return items;
      case RETRY:
        return node.children.isEmpty() ? List.of() : List.of(node.children.get(node.children.size() - 1));
      default:
        List<Node> outbound = new ArrayList<>();
        node.outbound.forEach(out -> outbound.addAll(outbound(out)));
        return outbound;
    }
  }

  /** Links {@code child} under every outbound node of {@code parent}. */
  static void hangFrom(Node parent, Node child) {
    outbound(parent).forEach(out -> addChild(out, child));
  }
}
