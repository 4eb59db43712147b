package dev.jera.samples.argo;

import dev.jera.Resource;
import dev.jera.Template;
import dev.jera.Workflow;

/**
 * Argo's {@code examples/k8s-patch-json-pod.yaml}: the resource template {@code main} adds the
 * annotation {@code foo} to its own pod with a JSON patch.
 */
@Workflow(
    name = "k8s-patch-json-pod",
    entrypoint = "main",
    annotations = "workflows.argoproj.io/description=This example shows a more advanced patch with json mergeStrategy\n")
public class K8sPatchJsonPod {
  @Template
  @Resource(
      action = Resource.Action.PATCH,
      mergeStrategy = Resource.MergeStrategy.JSON,
      flags = {"pod", "{{pod.name}}"},
      manifest = """
          - op: add
            path: /metadata/annotations/foo
            value: bar
          """)
  public static void main() {}
}
