package dev.jera.cluster.api;

import java.util.Optional;

/** The Argo kinds Jera compiles to, with where Argo Server's API keeps each. */
public enum ResourceKind {
  /** {@code Workflow}: submitted, not applied. */
  WORKFLOW("Workflow", "workflows", "workflow", true),
  /** {@code WorkflowTemplate}. */
  WORKFLOW_TEMPLATE("WorkflowTemplate", "workflow-templates", "template", true),
  /** {@code ClusterWorkflowTemplate}: not namespaced. */
  CLUSTER_WORKFLOW_TEMPLATE("ClusterWorkflowTemplate", "cluster-workflow-templates", "template", false),
  /** {@code CronWorkflow}. */
  CRON_WORKFLOW("CronWorkflow", "cron-workflows", "cronWorkflow", true);

  private final String kind;
  private final String collection;
  private final String field;
  private final boolean namespaced;

  ResourceKind(String kind, String collection, String field, boolean namespaced) {
    this.kind = kind;
    this.collection = collection;
    this.field = field;
    this.namespaced = namespaced;
  }

  /** The kind as manifests write it, such as {@code WorkflowTemplate}. */
  public String kind() {
    return kind;
  }

  /** The field of create, update and lint request bodies that holds the resource. */
  public String field() {
    return field;
  }

  /** Whether it lives in a namespace. */
  public boolean namespaced() {
    return namespaced;
  }

  /** Whether {@code jera apply} creates and updates it. */
  public boolean applied() {
    return this != WORKFLOW;
  }

  /** The collection's path: {@code /api/v1/workflow-templates/argo}, {@code /api/v1/cluster-workflow-templates}. */
  public String collectionPath(String namespace) {
    return "/api/v1/" + collection + (namespaced ? "/" + ApiRequest.segment(namespace) : "");
  }

  /** The path of one resource. */
  public String resourcePath(String namespace, String name) {
    return collectionPath(namespace) + "/" + ApiRequest.segment(name);
  }

  /** How messages name one: {@code WorkflowTemplate 'greet'}. */
  public String describe(String name) {
    return kind + " '" + name + "'";
  }

  /** The kind a manifest's {@code kind:} names. */
  public static Optional<ResourceKind> of(String kind) {
    for (ResourceKind value : values()) {
      if (value.kind.equals(kind)) {
        return Optional.of(value);
      }
    }
    return Optional.empty();
  }
}
