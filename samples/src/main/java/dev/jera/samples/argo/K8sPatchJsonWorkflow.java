package dev.jera.samples.argo;

import dev.jera.Resource;
import dev.jera.Template;
import dev.jera.Workflow;

/**
 * Argo's {@code examples/k8s-patch-json-workflow.yaml}: the resource template {@code main} adds the
 * label {@code foo} to the workflow itself with a JSON patch (the workflow's service account must be
 * allowed to patch workflows).
 */
@Workflow(
    name = "k8s-patch-json-workflow",
    entrypoint = "main",
    annotations = "workflows.argoproj.io/description=This example shows how to patch a workflow with json mergeStrategy\n")
public class K8sPatchJsonWorkflow {
  @Template
  @Resource(
      action = Resource.Action.PATCH,
      mergeStrategy = Resource.MergeStrategy.JSON,
      flags = {"workflow", "{{workflow.name}}"},
      manifest = """
          - op: add
            path: /metadata/labels/foo
            value: bar
          """)
  public static void main() {}
}
