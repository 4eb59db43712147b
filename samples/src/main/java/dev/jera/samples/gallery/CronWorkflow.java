package dev.jera.samples.gallery;

import dev.jera.Kind;
import dev.jera.Script;
import dev.jera.Value;
import dev.jera.Workflow;

/**
 * After Argo's {@code examples/cron-workflow.yaml}: a CronWorkflow that runs every minute, Los Angeles time,
 * and says when it was scheduled ({@code {{workflow.scheduledTime}}}, defined only in a CronWorkflow).
 * A run that is due while the last one still runs replaces it; a run missed while the controller was
 * down is not made up; four succeeded and four failed runs are kept.
 *
 * <p>Jera's own sample, not a port: the gallery shows features, so it differs from the upstream file
 * (concurrencyPolicy, startingDeadlineSeconds, history limits, suspend dropped). The faithful ports,
 * compared with the upstream files, are in {@code dev.jera.samples.argo}.
 */
@Workflow(name = "gallery-cron-workflow", kind = Kind.CRON_WORKFLOW, schedule = "* * * * *",
    timezone = "America/Los_Angeles", startingDeadlineSeconds = 0, concurrencyPolicy = "Replace",
    successfulJobsHistoryLimit = 4, failedJobsHistoryLimit = 4)
public class CronWorkflow {

  @Script
  public static String helloWorldWithTime(@Value("{{workflow.scheduledTime}}") String scheduledTime) {
    return "hello world. Scheduled on: " + scheduledTime;
  }
}
