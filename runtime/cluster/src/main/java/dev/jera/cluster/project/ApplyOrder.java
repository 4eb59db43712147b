package dev.jera.cluster.project;

import dev.jera.cluster.api.ResourceKind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The order {@code apply} creates resources in: a template before every resource that calls or runs
 * it, so the server's validation of each finds what it refers to. Among resources free to go,
 * ClusterWorkflowTemplates first, then WorkflowTemplates, then CronWorkflows, each by name, so the order
 * is the same on every run. Templates that refer to each other in a circle keep that order.
 */
public final class ApplyOrder {
  private static final Comparator<ProjectManifest> RANK = Comparator
      .comparingInt((ProjectManifest manifest) -> rank(manifest.kind()))
      .thenComparing(ProjectManifest::name);

  private ApplyOrder() {}

  /** {@code manifests} (the applied kinds only) in the order to apply them. */
  public static List<ProjectManifest> of(List<ProjectManifest> manifests) {
    Map<String, ProjectManifest> byKey = new LinkedHashMap<>();
    manifests.forEach(manifest -> byKey.put(key(manifest.kind(), manifest.name()), manifest));
    Map<ProjectManifest, Set<ProjectManifest>> needs = new LinkedHashMap<>();
    for (ProjectManifest manifest : manifests) {
      Set<ProjectManifest> needed = new LinkedHashSet<>();
      for (Reference reference : manifest.references()) {
        ProjectManifest target = byKey.get(key(reference.kind(), reference.name()));
        if (target != null && target != manifest) {
          needed.add(target);
        }
      }
      needs.put(manifest, needed);
    }
    List<ProjectManifest> order = new ArrayList<>();
    TreeSet<ProjectManifest> ready = new TreeSet<>(RANK);
    needs.forEach((manifest, needed) -> {
      if (needed.isEmpty()) {
        ready.add(manifest);
      }
    });
    Set<ProjectManifest> placed = new LinkedHashSet<>();
    while (placed.size() < manifests.size()) {
      if (ready.isEmpty()) {
        // A circle: place the first remaining one and go on.
        manifests.stream().filter(m -> !placed.contains(m)).min(RANK).ifPresent(ready::add);
      }
      ProjectManifest next = ready.pollFirst();
      if (!placed.add(next)) {
        continue;
      }
      order.add(next);
      needs.forEach((manifest, needed) -> {
        if (!placed.contains(manifest) && needed.remove(next) && needed.isEmpty()) {
          ready.add(manifest);
        }
      });
    }
    return order;
  }

  /** The key of a resource among the project's: {@code WorkflowTemplate/greet}. */
  static String key(ResourceKind kind, String name) {
    return kind.kind() + "/" + name;
  }

  private static int rank(ResourceKind kind) {
    switch (kind) {
      case CLUSTER_WORKFLOW_TEMPLATE:
        return 0;
      case WORKFLOW_TEMPLATE:
        return 1;
      default:
        return 2;
    }
  }
}
