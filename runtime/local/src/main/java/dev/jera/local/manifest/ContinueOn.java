package dev.jera.local.manifest;

import dev.jera.local.Phase;

/**
 * A step's {@code continueOn}: after which of its outcomes its steps group goes on as if it had succeeded
 * (Argo's {@code WorkflowStep.ContinuesOn}). The step keeps its phase.
 */
public record ContinueOn(boolean failed, boolean error) {
  /** No {@code continueOn}: a failed or errored step fails its group. */
  public static final ContinueOn NEVER = new ContinueOn(false, false);

  /** Whether a step that ended in {@code phase} lets its group go on. */
  public boolean continuesOn(Phase phase) {
    return phase == Phase.FAILED && failed || phase == Phase.ERROR && error;
  }
}
