package dev.jera.runtime.local;

import java.nio.charset.StandardCharsets;

/** Node ids and pod names derived from node names the way Argo derives them (FNV-1a, 32 bits). */
final class NodeIds {
  private NodeIds() {}

  /** {@code {{tasks.X.id}}}: the workflow's name, a dash and the hash of the node's name. */
  static String id(String workflowName, String nodeName) {
    return workflowName + "-" + fnv32a(nodeName);
  }

  /** A pod's name in Argo's v2 scheme: workflow, template and the hash of the node's name. */
  static String podName(String workflowName, String templateName, String nodeName) {
    String prefix = workflowName + "-" + templateName;
    if (prefix.length() > 252 - 11) {
      prefix = prefix.substring(0, 252 - 11);
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
