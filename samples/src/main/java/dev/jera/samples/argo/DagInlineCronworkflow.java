package dev.jera.samples.argo;

import dev.jera.Kind;
import dev.jera.Script;
import dev.jera.Workflow;

/**
 * Argo's {@code examples/dag-inline-cronworkflow.yaml}: the CronWorkflow {@code dag-inline}, every five
 * minutes, runs the WorkflowTemplate of the same name ({@code workflowTemplateRef}), as Kubernetes allows
 * for two kinds: this manifest is {@code META-INF/argo/dag-inline.cronworkflow.yaml}
 * ({@code jera run dag-inline.cronworkflow}).
 */
@Workflow(name = "dag-inline", kind = Kind.CRON_WORKFLOW, schedule = "*/5 * * * *", runs = DagInlineCronworkflow.DagInline.class,
    annotations = "workflows.argoproj.io/description=This example demonstrates running cron workflow that has a DAG with"
        + " inline templates.\n")
public class DagInlineCronworkflow {
  /**
   * The WorkflowTemplate {@code dag-inline} it runs: upstream's {@code dag-inline-workflowtemplate.yaml}, whose
   * point, an {@code inline} template, Java has no spelling for (argo-examples.tsv), is here a DAG whose task
   * {@code a} calls a template of its own.
   */
  @Workflow(name = "dag-inline", kind = Kind.WORKFLOW_TEMPLATE,
      annotations = "workflows.argoproj.io/description=This example demonstrates running a DAG with inline templates.\n")
  public static class DagInline {
    /** Upstream's {@code argoproj/argosay:v2} with no arguments, which says hello. */
    @Script
    public static void a() {
      System.out.println("hello argo");
    }
  }
}
