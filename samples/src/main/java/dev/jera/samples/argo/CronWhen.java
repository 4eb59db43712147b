package dev.jera.samples.argo;

import dev.jera.Kind;
import dev.jera.Template;
import dev.jera.Workflow;

/**
 * Argo's {@code examples/cron-when.yaml}: the CronWorkflow {@code sleep-when} is due every minute, but starts a
 * run only when its {@code when} holds: never run before, or last scheduled more than six minutes ago; runs may
 * overlap. Its template sleeps ten seconds.
 */
@Workflow(name = "sleep-when", kind = Kind.CRON_WORKFLOW, entrypoint = "sleep-busybox",
    schedule = "* * * * *", concurrencyPolicy = "Allow",
    when = "{{= cronworkflow.lastScheduledTime == nil || (now() - cronworkflow.lastScheduledTime).Seconds() > 360 }}")
public class CronWhen {
  /** Sleeps ten seconds, as upstream's {@code sleep 10}. */
  @Template(name = "sleep-busybox")
  public static void sleepBusybox() throws InterruptedException {
    Thread.sleep(10_000);
  }
}
