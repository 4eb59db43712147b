package dev.jera.samples.gallery;

import dev.jera.Kind;
import dev.jera.Param;
import dev.jera.Script;
import dev.jera.Workflow;

/**
 * After Argo's {@code examples/cluster-workflow-template/clustertemplates.yaml}: a ClusterWorkflowTemplate,
 * installed once for the whole cluster, so workflows of every namespace can call its templates
 * ({@link ClusterTemplateDag}).
 *
 * <p>Jera's own sample, not a port: the gallery shows features, so it differs from the upstream file (1
 * of 5 templates; default added). The faithful ports, compared with the upstream files, are in {@code
 * dev.jera.samples.argo}.
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
