package dev.jera.samples.argo;

import dev.jera.Resource;
import dev.jera.Template;
import dev.jera.Workflow;

/**
 * Argo's {@code examples/k8s-patch-merge-pod.yaml}: the resource template {@code main} adds the
 * annotation {@code foo} to its own pod with a JSON merge patch.
 */
@Workflow(
    name = "k8s-patch-merge-pod",
    entrypoint = "main",
    annotations = "workflows.argoproj.io/description=This example shows a more advanced JSON merge patch\n")
public class K8sPatchMergePod {
  @Template
  @Resource(
      action = Resource.Action.PATCH,
      mergeStrategy = Resource.MergeStrategy.MERGE,
      flags = {"pod", "{{pod.name}}"},
      manifest = """
          metadata:
            annotations:
              foo: bar
          """)
  public static void main() {}
}
