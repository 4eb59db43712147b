package it;

import dev.jera.Kind;
import dev.jera.Script;
import dev.jera.Workflow;

/** A CronWorkflow, applied, and submitted once now through the server's submit endpoint; its load step fails there. */
@Workflow(name = "nightly-load", kind = Kind.CRON_WORKFLOW, schedule = "0 1 * * *")
public class NightlyLoad {
  @Script
  public static String load() {
    return "loaded";
  }
}
