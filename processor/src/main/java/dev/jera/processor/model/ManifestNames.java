package dev.jera.processor.model;

import dev.jera.Kind;

/**
 * Names the manifest gives things, which rules must know too: a step may not take the entry
 * template's name, a label may not take the key Jera sets, a call may only target a template kind.
 */
public final class ManifestNames {
  /** The DAG or steps template every workflow starts at. */
  public static final String ENTRY_TEMPLATE = "main";

  /** The label carrying the application's version ({@code -Ajera.appVersion}). */
  public static final String VERSION_LABEL = "app.kubernetes.io/version";

  private ManifestNames() {}

  /** Argo's name of a kind, e.g. {@code CronWorkflow}. */
  public static String kind(Kind kind) {
    switch (kind) {
      case WORKFLOW:
        return "Workflow";
      case WORKFLOW_TEMPLATE:
        return "WorkflowTemplate";
      case CLUSTER_WORKFLOW_TEMPLATE:
        return "ClusterWorkflowTemplate";
      default:
        return "CronWorkflow";
    }
  }

  /** Whether another workflow can call or run templates of this kind. */
  public static boolean isTemplateKind(String argoKind) {
    return argoKind.endsWith("WorkflowTemplate");
  }
}
