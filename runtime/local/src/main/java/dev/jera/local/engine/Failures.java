package dev.jera.local.engine;

import dev.jera.argo.go.GoJson;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code workflow.failures}, as Argo's {@code operator.go:operate} builds it before the exit handler
 * runs: a JSON list of {@code {displayName, message, templateName, phase, podName, finishedAt}} for
 * every node that is Failed or Error (the workflow's DAG or steps node, step groups, task groups,
 * retry nodes, each failed attempt), {@code null} when there are none. Argo lists them in Go's map
 * order, which varies from run to run; they are listed here in the order the nodes were created.
 */
final class Failures {
  private Failures() {}

  static String json(NodeTree tree) {
    List<String> entries = new ArrayList<>();
    for (Node node : tree.nodes()) {
      if (node.failedOrError()) {
        entries.add("{\"displayName\":" + GoJson.quote(node.displayName)
            + ",\"message\":" + GoJson.quote(node.message == null ? "" : node.message)
            + ",\"templateName\":" + GoJson.quote(node.templateName == null ? "" : node.templateName)
            + ",\"phase\":" + GoJson.quote(node.phase.argoName())
            + ",\"podName\":" + GoJson.quote(NodeIds.podName(tree.workflowName(), node.templateName, node.name))
            + ",\"finishedAt\":" + (node.finishedAt == null ? "null" : GoJson.quote(NodeVariables.seconds(node.finishedAt)))
            + "}");
      }
    }
    // json.Marshal of a nil slice (no failures were appended) is null.
    return entries.isEmpty() ? "null" : "[" + String.join(",", entries) + "]";
  }
}
