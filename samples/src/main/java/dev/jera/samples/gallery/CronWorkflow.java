package dev.jera.samples.gallery;

import dev.jera.Kind;
import dev.jera.Script;
import dev.jera.Value;
import dev.jera.Workflow;

/**
 * Argo's {@code examples/cron-workflow.yaml}: a CronWorkflow that runs every minute, Los Angeles time,
 * and says when it was scheduled ({@code {{workflow.scheduledTime}}}, defined only in a CronWorkflow).
 */
@Workflow(name = "gallery-cron-workflow", kind = Kind.CRON_WORKFLOW, schedule = "* * * * *",
    timezone = "America/Los_Angeles")
public class CronWorkflow {

  @Script
  public static String helloWorldWithTime(@Value("{{workflow.scheduledTime}}") String scheduledTime) {
    return "hello world. Scheduled on: " + scheduledTime;
  }
}
