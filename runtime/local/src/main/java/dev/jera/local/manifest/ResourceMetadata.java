package dev.jera.local.manifest;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a manifest says of its workflow beyond the graph that a local run reads or reports.
 *
 * @param annotations {@code metadata.annotations}, in the manifest's order
 * @param labelsFrom {@code spec.workflowMetadata.labelsFrom}: label key to expression, in order
 * @param priority {@code spec.priority}, or {@code null}
 * @param clusterOnly the fields it sets that only a cluster applies (a pod spec patch, DNS, claims, a
 *     disruption budget, …), sorted, each once: a run names them in one note and goes on
 */
public record ResourceMetadata(
    Map<String, String> annotations, Map<String, String> labelsFrom, Integer priority, List<String> clusterOnly) {

  public static final ResourceMetadata NONE = new ResourceMetadata(Map.of(), Map.of(), null, List.of());

  public ResourceMetadata {
    annotations = Collections.unmodifiableMap(new LinkedHashMap<>(annotations));
    labelsFrom = Collections.unmodifiableMap(new LinkedHashMap<>(labelsFrom));
    clusterOnly = List.copyOf(clusterOnly);
  }
}
