package dev.jera.samples;

import dev.jera.Param;
import dev.jera.Script;
import dev.jera.Value;
import dev.jera.Workflow;

/**
 * A workflow that exists once per namespace under its own name (no generated suffix), described by
 * annotations the Argo UI shows, labelled with the environment it audits so runs can be found by it,
 * and scheduled ahead of others: each step reads that metadata back.
 */
@Workflow(
    name = "release-audit",
    generateName = false,
    annotations = {
        "workflows.argoproj.io/title=Release audit",
        "workflows.argoproj.io/description=Checks a release before it ships.\nRuns once per environment.",
        "workflows.argoproj.io/scheduled-time=2026-04-29T00:00:00Z"},
    labels = "team=release",
    labelsFrom = "environment=workflow.parameters.environment",
    priority = 5)
@Param(value = "environment", defaultValue = "staging", description = "the environment to audit")
public class ReleaseAudit {

  @Script
  public static String describe(
      @Value("{{workflow.name}}") String name,
      @Value("{{workflow.annotations.workflows.argoproj.io/title}}") String title,
      @Value("{{workflow.scheduledTime}}") String scheduled,
      @Value("{{workflow.priority}}") int priority,
      @Value("{{workflow.labels.environment}}") String environment) {
    return name + ": " + title + " of " + environment + ", scheduled " + scheduled + ", priority " + priority;
  }
}
