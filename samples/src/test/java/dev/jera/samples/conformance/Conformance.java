package dev.jera.samples.conformance;

import static com.google.common.truth.Truth.assertThat;

import dev.jera.local.LocalReport;
import dev.jera.local.NodeReport;
import dev.jera.local.NodeType;
import dev.jera.local.Phase;
import java.util.ArrayList;
import java.util.List;

/** What the conformance tests share: reading a run's nodes the way Argo's e2e tests read {@code status.nodes}. */
final class Conformance {
  private Conformance() {}

  /** The display names of every node, in the order they were created. */
  static List<String> displayNames(LocalReport report) {
    List<String> names = new ArrayList<>();
    report.nodes().forEach(node -> names.add(node.displayName()));
    return names;
  }

  /** Asserts a node's type, phase and message, as {@code FindByDisplayName} would find it. */
  static NodeReport assertNode(LocalReport report, String displayName, NodeType type, Phase phase, String message) {
    NodeReport node = report.node(displayName);
    assertThat(node.type()).isEqualTo(type);
    assertThat(node.phase()).isEqualTo(phase);
    assertThat(node.message()).isEqualTo(message);
    return node;
  }

  /** The workflow's own node, named as the workflow. */
  static NodeReport root(LocalReport report) {
    return report.node(report.report().workflowName());
  }

  /** The ids of {@code displayNames}' nodes. */
  static List<String> ids(LocalReport report, String... displayNames) {
    List<String> ids = new ArrayList<>();
    for (String name : displayNames) {
      ids.add(report.node(name).id());
    }
    return ids;
  }
}
