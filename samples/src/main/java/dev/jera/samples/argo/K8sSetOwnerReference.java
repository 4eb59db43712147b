package dev.jera.samples.argo;

import dev.jera.Resource;
import dev.jera.Template;
import dev.jera.Workflow;

/**
 * Argo's {@code examples/k8s-set-owner-reference.yaml}: the resource template creates a ConfigMap
 * owned by the workflow ({@code setOwnerReference}), deleted with it.
 */
@Workflow(name = "k8s-set-owner-reference", entrypoint = "k8s-set-owner-reference")
public class K8sSetOwnerReference {
  @Template(name = "k8s-set-owner-reference")
  @Resource(
      action = Resource.Action.CREATE,
      setOwnerReference = true,
      manifest = """
          apiVersion: v1
          kind: ConfigMap
          metadata:
            generateName: owned-eg-
          data:
            some: value
          """)
  public static void k8sSetOwnerReference() {}
}
