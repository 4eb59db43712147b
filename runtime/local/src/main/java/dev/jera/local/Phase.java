package dev.jera.local;

import dev.jera.argo.expr.TaskPhase;

/** How a step, or a whole run, ended: Argo's node and workflow phases. */
public enum Phase {
  /** It ran and succeeded. */
  SUCCEEDED("Succeeded"),
  /** It ran and failed: the step threw, exited non-zero, overran its timeout or the workflow's deadline. */
  FAILED("Failed"),
  /** Something around the step went wrong: an invalid {@code when}, an unparsable {@code withParam}, … */
  ERROR("Error"),
  /** Its {@code when} condition was false, or it fanned out over nothing ("Skipped, empty params"). */
  SKIPPED("Skipped"),
  /** Its {@code depends} condition was false. */
  OMITTED("Omitted");

  private final String argoName;

  Phase(String argoName) {
    this.argoName = argoName;
  }

  /** The phase as Argo writes it, such as {@code Succeeded} or {@code Error}. */
  public String argoName() {
    return argoName;
  }

  /** Whether the step ran to an end: Succeeded, Failed or Error (Argo's {@code Completed}). */
  public boolean completed() {
    return this == SUCCEEDED || this == FAILED || this == ERROR;
  }

  /** Whether this is Failed or Error. */
  public boolean failedOrError() {
    return this == FAILED || this == ERROR;
  }

  public TaskPhase toTaskPhase() {
    switch (this) {
      case SUCCEEDED:
        return TaskPhase.SUCCEEDED;
      case FAILED:
        return TaskPhase.FAILED;
      case ERROR:
        return TaskPhase.ERRORED;
      case SKIPPED:
        return TaskPhase.SKIPPED;
      default:
        return TaskPhase.OMITTED;
    }
  }
}
