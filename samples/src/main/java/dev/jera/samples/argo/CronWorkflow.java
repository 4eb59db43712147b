package dev.jera.samples.argo;

import dev.jera.Kind;
import dev.jera.Template;
import dev.jera.Value;
import dev.jera.Workflow;

/**
 * Argo's {@code examples/cron-workflow.yaml}: the CronWorkflow {@code hello-world}, run every minute, Los
 * Angeles time; a run due while the last one still runs replaces it, a run missed while the controller was
 * down is not made up, four succeeded and four failed runs are kept, and it is not suspended. Its template
 * {@code hello-world-with-time} says when it was scheduled; upstream's container reads
 * {@code {{workflow.scheduledTime}}} in its arguments, the Java template through an input fixed to it.
 * The Workflow {@code hello-world} ({@link HelloWorld}) has the same name, as Kubernetes allows for two
 * kinds: this manifest is {@code META-INF/argo/hello-world.cronworkflow.yaml}
 * ({@code jera run hello-world.cronworkflow}).
 */
@Workflow(name = "hello-world", kind = Kind.CRON_WORKFLOW, entrypoint = "hello-world-with-time",
    schedule = "* * * * *", timezone = "America/Los_Angeles", startingDeadlineSeconds = 0,
    concurrencyPolicy = "Replace", successfulJobsHistoryLimit = 4, failedJobsHistoryLimit = 4, suspend = false)
public class CronWorkflow {
  /** Says when the run was scheduled, as upstream's {@code echo} does. */
  @Template
  public static void helloWorldWithTime(@Value("{{workflow.scheduledTime}}") String scheduledTime) {
    System.out.println("\uD83D\uDD53 hello world. Scheduled on: " + scheduledTime);
  }
}
