package dev.jera;

/**
 * An outcome of a step after which its group and the workflow go on as if it had succeeded
 * ({@code continueOn} of Argo's steps). The step itself keeps its phase: later steps can read it in
 * {@code {{steps.<step>.status}}}, and the workflow's exit handler finds it in
 * {@code {{workflow.failures}}}.
 */
public enum ContinueOn {
  /** The step failed: its code threw, or its process exited with a code other than 0. */
  FAILED,
  /** The step ended in Error: it could not run (no pod, a missing input, a deadline, …). */
  ERROR
}
