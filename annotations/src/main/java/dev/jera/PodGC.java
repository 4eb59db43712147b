package dev.jera;

/** When Argo deletes a workflow's pods ({@code podGC.strategy}). */
public enum PodGC {
  /** Never; pods stay for inspection until the workflow is deleted. */
  NONE,
  /** Each pod as soon as it completes. */
  ON_POD_COMPLETION,
  /** Each pod as soon as it succeeds; failed pods stay. */
  ON_POD_SUCCESS,
  /** All pods when the workflow completes. */
  ON_WORKFLOW_COMPLETION,
  /** All pods when the workflow succeeds. */
  ON_WORKFLOW_SUCCESS
}
