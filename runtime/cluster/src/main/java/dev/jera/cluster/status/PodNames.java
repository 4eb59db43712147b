package dev.jera.cluster.status;

import java.nio.charset.StandardCharsets;

/**
 * The name of the pod a node ran in, as Argo's controller names it ({@code workflow/util/pod_name.go}):
 * with the default format {@code v2}, {@code <workflow>-<template>-<FNV-1a 32 of the node name>};
 * with {@code v1}, the node's id.
 */
public final class PodNames {
  private static final int MAX_PREFIX = 253 - 10 - 1;

  private PodNames() {}

  /** The pod of {@code node} of Workflow {@code workflow}, whose pod-name format is {@code format}. */
  public static String of(String workflow, NodeStatus node, String format) {
    if ("v1".equals(format)) {
      return node.id();
    }
    if (workflow.equals(node.name())) {
      return workflow;
    }
    String prefix = node.templateName() == null || node.templateName().isEmpty()
        ? workflow
        : workflow + "-" + node.templateName();
    if (prefix.length() > MAX_PREFIX) {
      prefix = prefix.substring(0, MAX_PREFIX);
    }
    return prefix + "-" + Integer.toUnsignedString(fnv1a32(node.name()));
  }

  /** FNV-1a, 32 bits, of the UTF-8 bytes of {@code text}, as Go's {@code hash/fnv} computes it. */
  static int fnv1a32(String text) {
    int hash = 0x811c9dc5;
    for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
      hash ^= b & 0xff;
      hash *= 0x01000193;
    }
    return hash;
  }
}
