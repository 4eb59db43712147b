package dev.jera.samples.argo;

import dev.jera.Kind;
import dev.jera.Template;
import dev.jera.Value;
import dev.jera.Workflow;

/**
 * Argo's {@code examples/cron-workflow-multiple-schedules.yaml}: a CronWorkflow run every three minutes on
 * weekdays and every two minutes, Los Angeles time; a run due while the last one still runs replaces
 * it, a run missed while the controller was down is not made up, four succeeded and four failed runs
 * are kept. Its template {@code whalesay} says when it was scheduled; upstream's container reads
 * {@code {{workflow.scheduledTime}}} in its arguments, the Java template through an input fixed to it.
 */
@Workflow(name = "hello-world-multiple-schedules", kind = Kind.CRON_WORKFLOW, entrypoint = "whalesay",
    schedule = {"*/3 * * * 1-5", "*/2 * * * *"}, timezone = "America/Los_Angeles",
    startingDeadlineSeconds = 0, concurrencyPolicy = "Replace", successfulJobsHistoryLimit = 4,
    failedJobsHistoryLimit = 4, suspend = false)
public class CronWorkflowMultipleSchedules {
  /** Says when the run was scheduled, as upstream's {@code cowsay} does. */
  @Template
  public static void whalesay(@Value("{{workflow.scheduledTime}}") String scheduledTime) {
    System.out.println("\uD83D\uDD53 hello world. Scheduled on: " + scheduledTime);
  }
}
