package dev.jera.samples.argo.clusterworkflowtemplate;

import dev.jera.Kind;
import dev.jera.Param;
import dev.jera.Script;
import dev.jera.Workflow;

/**
 * Argo's {@code examples/cluster-workflow-template/clustertemplates.yaml}, one nested class per
 * document. Only the last document is written so far, because {@link WorkflowTemplateRef} runs it; the
 * row stays {@code pending} in {@code argo-examples.tsv}: upstream's entrypoint is the container
 * template {@code print-message} itself, and Jera wraps a workflow's steps in a {@code main} DAG until
 * {@code @Workflow(entrypoint)} exists (issue 12).
 */
public final class Clustertemplates {
  private Clustertemplates() {}

  /** {@code cluster-workflow-template-submittable}: prints its parameter {@code message}, "hello world" by default. */
  @Workflow(name = "cluster-workflow-template-submittable", kind = Kind.CLUSTER_WORKFLOW_TEMPLATE)
  @Param(value = "message", defaultValue = "hello world")
  public static class ClusterWorkflowTemplateSubmittable {
    @Script
    public static void printMessage(@Param("message") String message) {
      System.out.println(message);
    }
  }
}
