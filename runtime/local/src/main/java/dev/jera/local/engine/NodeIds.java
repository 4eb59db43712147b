package dev.jera.local.engine;

import java.nio.charset.StandardCharsets;

/** Node ids and pod names derived from node names the way Argo derives them (FNV-1a, 32 bits). */
public final class NodeIds {
  private NodeIds() {}

  /**
   * {@code Workflow.NodeID}, also {@code {{tasks.X.id}}}: the workflow's name for its own node, else the
   * workflow's name, a dash and the hash of the node's name.
   */
  public static String id(String workflowName, String nodeName) {
    return nodeName.equals(workflowName) ? workflowName : workflowName + "-" + fnv32a(nodeName);
  }

  /**
   * A pod's name in Argo's v2 scheme ({@code util.GeneratePodName}): the workflow's name for its own
   * node, else the workflow, template and hash of the node's name.
   */
  static String podName(String workflowName, String templateName, String nodeName) {
    if (nodeName.equals(workflowName)) {
      return workflowName;
    }
    String prefix = templateName == null || templateName.isEmpty() ? workflowName : workflowName + "-" + templateName;
    // ensurePodNamePrefixLength: 253 characters less the hash's 10, less one for the dash.
    if (prefix.length() > 242) {
      prefix = prefix.substring(0, 242);
    }
    return prefix + "-" + fnv32a(nodeName);
  }

  static long fnv32a(String text) {
    long hash = 0x811c9dc5L;
    for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
      hash ^= b & 0xff;
      hash = (hash * 0x01000193L) & 0xffffffffL;
    }
    return hash;
  }
}
