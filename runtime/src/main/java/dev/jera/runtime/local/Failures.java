package dev.jera.runtime.local;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code workflow.failures}: a JSON list of {@code {displayName, message, templateName, phase, podName,
 * finishedAt}}, one per step (or item of a loop) that ended Failed or Error, in the manifest's order.
 * Argo also lists the DAG, steps and retry nodes around them, in no particular order; locally only the
 * steps themselves are listed.
 */
final class Failures {
  private Failures() {}

  static String json(List<NodeStatus> nodes, String workflowName) {
    List<String> entries = new ArrayList<>();
    for (NodeStatus node : nodes) {
      List<NodeStatus> failed = node.looped && !node.children.isEmpty() ? node.children : List.of(node);
      for (NodeStatus step : failed) {
        if (step.phase != null && step.phase.failedOrError()) {
          entries.add("{\"displayName\":" + GoJson.quote(step.name)
              + ",\"message\":" + GoJson.quote(step.message == null ? "" : step.message)
              + ",\"templateName\":" + GoJson.quote(step.templateName)
              + ",\"phase\":" + GoJson.quote(step.phase.argoName())
              + ",\"podName\":" + GoJson.quote(NodeIds.podName(workflowName, step.templateName, step.nodeName))
              + ",\"finishedAt\":" + GoJson.quote(NodeStatus.seconds(step.finishedAt)) + "}");
        }
      }
    }
    // Go marshals an empty slice built by append as null.
    return entries.isEmpty() ? "null" : "[" + String.join(",", entries) + "]";
  }
}
