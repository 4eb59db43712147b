package dev.jera.samples.argo;

import dev.jera.Resource;
import dev.jera.Template;
import dev.jera.Workflow;

/**
 * Argo's {@code examples/k8s-owner-reference.yaml}: the resource template {@code main} creates a
 * Workflow owned by this one ({@code setOwnerReference}), so Kubernetes' garbage collector deletes it
 * with this workflow.
 */
@Workflow(
    name = "k8s-owner-reference",
    entrypoint = "main",
    annotations = "workflows.argoproj.io/description=This example creates a Kubernetes resource that will be deleted\n"
        + "when the workflow is deleted via Kubernetes GC.\n\n"
        + "A workflow is used for this example, but the same approach would apply\n"
        + "to other resource types.\n\n"
        + "https://kubernetes.io/docs/concepts/workloads/controllers/garbage-collection/\n")
public class K8sOwnerReference {
  @Template
  @Resource(
      action = Resource.Action.CREATE,
      setOwnerReference = true,
      manifest = """
          apiVersion: argoproj.io/v1alpha1
          kind: Workflow
          metadata:
            generateName: owned-eg-
          spec:
            entrypoint: main
            templates:
              - name: main
                container:
                  image: argoproj/argosay:v2
          """)
  public static void main() {}
}
