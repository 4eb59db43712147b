package dev.jera.local.manifest;

/**
 * A workflow's {@code spec.workflowTemplateRef}: it runs that (Cluster)WorkflowTemplate with its own arguments.
 *
 * @param name the template's name
 * @param clusterScope whether it names a ClusterWorkflowTemplate
 */
public record WorkflowTemplateReference(String name, boolean clusterScope) {
  /** The kind it refers to. */
  public String kind() {
    return clusterScope ? "ClusterWorkflowTemplate" : "WorkflowTemplate";
  }
}
