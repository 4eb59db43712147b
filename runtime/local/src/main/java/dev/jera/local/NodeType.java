package dev.jera.local;

/**
 * The kinds of node Argo's controller records in {@code status.nodes} that a local run creates
 * ({@code pkg/apis/workflow/v1alpha1/workflow_types.go}, {@code NodeType}).
 */
public enum NodeType {
  /** One attempt of a script or container template: a pod on the cluster. */
  POD("Pod"),
  /** A container of a container set's pod ({@code <pod>.<container>}). */
  CONTAINER("Container"),
  /** The parent of a template's attempts when it has a {@code retryStrategy}. */
  RETRY("Retry"),
  /** A {@code dag} template. */
  DAG("DAG"),
  /** A DAG task that fans out: the parent of its items. */
  TASK_GROUP("TaskGroup"),
  /** A {@code suspend} template's step: it waits, for a while or until resumed. */
  SUSPEND("Suspend"),
  /** An {@code http} template's step: Argo's agent sends its request, no pod runs. */
  HTTP("HTTP"),
  /** A {@code steps} template. */
  STEPS("Steps"),
  /** One group of a {@code steps} template, {@code name[i]}. */
  STEP_GROUP("StepGroup"),
  /**
   * A node that ran nothing: its {@code when} was false, its {@code depends} was not met, it fanned out
   * over nothing, or it could not start (phase Error).
   */
  SKIPPED("Skipped");

  private final String argoName;

  NodeType(String argoName) {
    this.argoName = argoName;
  }

  /** The type as Argo writes it, such as {@code TaskGroup}. */
  public String argoName() {
    return argoName;
  }
}
