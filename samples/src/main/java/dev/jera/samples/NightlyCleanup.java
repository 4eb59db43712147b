package dev.jera.samples;

import dev.jera.Kind;
import dev.jera.Script;
import dev.jera.Workflow;

/**
 * A CronWorkflow that cleans up every night and stops scheduling for good once three of its runs have
 * failed (Argo's {@code stopStrategy}), so a broken cleanup does not fail night after night.
 */
@Workflow(
    name = "nightly-cleanup",
    kind = Kind.CRON_WORKFLOW,
    schedule = "0 2 * * *",
    timezone = "Europe/Berlin",
    concurrencyPolicy = "Forbid",
    stopStrategy = "cronworkflow.failed >= 3")
public class NightlyCleanup {

  @Script
  public static String cleanup() {
    return "cleaned";
  }
}
