package dev.jera;

/**
 * When Argo deletes stored output files from their store ({@code artifactGC.strategy}): for the whole
 * workflow ({@link Workflow#artifactGC()}) or one output ({@link Output#gc()}), which overrides the
 * workflow's. Only stores Argo can delete from take part: S3, GCS, Azure, OSS, artifact plugins and the
 * artifact repository.
 */
public enum ArtifactGC {
  /** Nothing written: for an output, the workflow's strategy; for the workflow, Argo's default (never). */
  ARGO_DEFAULT,
  /** When the workflow completes, whatever its outcome. */
  ON_WORKFLOW_COMPLETION,
  /** When the workflow resource is deleted. */
  ON_WORKFLOW_DELETION,
  /** Never: the files stay in the store (to override the workflow's strategy for one output). */
  NEVER
}
