package dev.jera.samples.gallery;

import dev.jera.From;
import dev.jera.Param;
import dev.jera.Script;
import dev.jera.Style;
import dev.jera.Workflow;

/**
 * Argo's {@code examples/suspend-template.yaml} pauses a workflow between two steps until someone
 * resumes it ({@code argo resume}), a manual approval. Jera does not support suspend templates: a step
 * is always a method that runs. The closest honest alternative moves the approval before submission:
 * the approver is a workflow parameter, and without one the workflow builds but does not release
 * (the release step is Skipped). Nothing waits; a late approval is a new run.
 */
@Workflow(name = "gallery-approval-gate", style = Style.STEPS)
@Param(value = "version", defaultValue = "1.0.0")
@Param(value = "approved-by", defaultValue = "", description = "who approved the release; empty: build only")
public class ApprovalGate {

  @Script
  public static String build(@Param("version") String version) {
    return "app-" + version + ".jar";
  }

  @Script(when = "'{{workflow.parameters.approved-by}}' != ''")
  public static String release(@From("build") String artifact, @Param("approved-by") String approver) {
    return "released " + artifact + ", approved by " + approver;
  }
}
