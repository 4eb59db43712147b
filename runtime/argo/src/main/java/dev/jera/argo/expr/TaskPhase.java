package dev.jera.argo.expr;

/** How a task (or one item of a looped task) finished, as far as {@code depends} can tell. */
public enum TaskPhase {
  /** It ran and succeeded. */
  SUCCEEDED("Succeeded"),
  /** It ran and failed: the script threw or exited non-zero. */
  FAILED("Failed"),
  /** Something around it went wrong: it could not start, its inputs could not be resolved, and so on. */
  ERRORED("Error"),
  /** Its {@code when} condition was false. */
  SKIPPED("Skipped"),
  /** Its {@code depends} condition was false once its dependencies had finished. */
  OMITTED("Omitted"),
  /** It still runs: a daemon, ready, that its dependants need not wait for (see {@link TaskState#daemoned()}). */
  RUNNING("Running");

  private final String argoName;

  TaskPhase(String argoName) {
    this.argoName = argoName;
  }

  /** The phase as Argo writes it in a node's status, such as {@code Succeeded} or {@code Error}. */
  public String argoName() {
    return argoName;
  }
}
