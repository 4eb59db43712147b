package dev.jera.samples.gallery;

import dev.jera.Kind;
import dev.jera.Param;
import dev.jera.Script;
import dev.jera.Workflow;

/**
 * Argo's {@code examples/cluster-workflow-template/clustertemplates.yaml}: a ClusterWorkflowTemplate,
 * installed once for the whole cluster, so workflows of every namespace can call its templates
 * ({@link ClusterTemplateDag}).
 */
@Workflow(name = "gallery-cluster-print-message", kind = Kind.CLUSTER_WORKFLOW_TEMPLATE)
@Param(value = "message", defaultValue = "hello world", description = "what to print")
public class ClusterTemplate {

  @Script
  public static String printMessage(@Param("message") String message) {
    System.out.println(message);
    return message;
  }
}
