package dev.jera.local.manifest;

/**
 * A task's {@code templateRef}: a template of a WorkflowTemplate or ClusterWorkflowTemplate.
 *
 * @param name the (Cluster)WorkflowTemplate's name
 * @param template the template's name in it
 * @param clusterScope whether it names a ClusterWorkflowTemplate
 */
public record TemplateReference(String name, String template, boolean clusterScope) {
  /** {@code name/template}, for messages. */
  public String displayName() {
    return name + "/" + template;
  }

  /** The kind it refers to. */
  public String kind() {
    return clusterScope ? "ClusterWorkflowTemplate" : "WorkflowTemplate";
  }
}
