package dev.jera;

/** The Argo resource a {@link Workflow} compiles to. */
public enum Kind {
  /** A {@code Workflow}, submitted to run once; its manifest uses {@code generateName}. */
  WORKFLOW,
  /** A namespaced {@code WorkflowTemplate}, run by reference. */
  WORKFLOW_TEMPLATE,
  /** A cluster-wide {@code ClusterWorkflowTemplate}, run by reference. */
  CLUSTER_WORKFLOW_TEMPLATE,
  /** A {@code CronWorkflow}, run on the {@link Workflow#schedule() schedule}. */
  CRON_WORKFLOW
}
