package dev.jera.samples.argo;

import dev.jera.Resource;
import dev.jera.Template;
import dev.jera.Workflow;

/**
 * Argo's {@code examples/k8s-patch-pod.yaml}: the resource template {@code main} adds the annotation
 * {@code foo} to its own pod, named in the manifest, with Kubernetes' default strategic merge patch.
 */
@Workflow(
    name = "k8s-patch-pod",
    entrypoint = "main",
    annotations = "workflows.argoproj.io/description=This example shows a standard patch with the default mergeStrategy (strategic)\n")
public class K8sPatchPod {
  @Template
  @Resource(
      action = Resource.Action.PATCH,
      manifest = """
          apiVersion: v1
          kind: Pod
          metadata:
            name: {{pod.name}}
            annotations:
              foo: bar
          """)
  public static void main() {}
}
