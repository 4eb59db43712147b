package dev.jera.samples.argo.clusterworkflowtemplate;

import dev.jera.Kind;
import dev.jera.Param;
import dev.jera.Template;
import dev.jera.Workflow;

/**
 * Argo's {@code examples/cluster-workflow-template/clustertemplates.yaml}, one nested class per
 * document. Only the first and the last documents are written so far, because
 * {@link WorkflowTemplateRefWithEntrypointArgPassing} and {@link WorkflowTemplateRef} run them; the row
 * stays {@code pending} in {@code argo-examples.tsv}: the documents
 * {@code cluster-workflow-template-inner-steps} and {@code cluster-workflow-template-inner-dag} hold
 * steps and DAG templates that are not their workflow's entrypoint (nested graphs).
 */
public final class Clustertemplates {
  private Clustertemplates() {}

  /**
   * {@code cluster-workflow-template-print-message}: a library with the one template
   * {@code print-message}, which prints its input (no entrypoint: a workflow names it to run it).
   */
  @Workflow(name = "cluster-workflow-template-print-message", kind = Kind.CLUSTER_WORKFLOW_TEMPLATE)
  public static class ClusterWorkflowTemplatePrintMessage {
    /** Prints its input. */
    @Template
    public static void printMessage(String message) {
      System.out.println(message);
    }
  }

  /** {@code cluster-workflow-template-submittable}: prints its parameter {@code message}, "hello world" by default. */
  @Workflow(name = "cluster-workflow-template-submittable", kind = Kind.CLUSTER_WORKFLOW_TEMPLATE,
      entrypoint = "print-message")
  @Param(value = "message", defaultValue = "hello world")
  public static class ClusterWorkflowTemplateSubmittable {
    /** Prints its input. */
    @Template
    public static void printMessage(String message) {
      System.out.println(message);
    }
  }
}
