package dev.jera.samples.argo;

import dev.jera.Call;
import dev.jera.Pod;
import dev.jera.Script;
import dev.jera.Style;
import dev.jera.Template;
import dev.jera.Workflow;

/**
 * Argo's {@code examples/timeouts-workflow.yaml}: the steps template {@code bunch-of-sleeps} runs three
 * {@code sleep-one-day} steps (template {@code sleep}, a day long) beside three {@code unschedulable} ones
 * (a node selector no node matches); the workflow's deadline of 30 seconds stops them all and fails it.
 */
@Workflow(name = "timeouts-workflow", entrypoint = "bunch-of-sleeps", style = Style.STEPS, deadline = "30s")
public class TimeoutsWorkflow {
  /** Sleeps a day, as upstream's {@code sleep 1d}. */
  @Template
  public static void sleep() throws InterruptedException {
    Thread.sleep(86_400_000L);
  }

  /** Never scheduled: no node has the architecture it asks for. */
  @Template
  @Pod(nodeSelector = "beta.kubernetes.io/arch=no-such-arch")
  public static void unschedulable() {}

  @Script(name = "sleep-one-day", items = {"1", "2", "3"}) @Call(template = "sleep")
  static void sleepOneDay() {}

  @Script(name = "unschedulable", items = {"1", "2", "3"}) @Call(template = "unschedulable")
  static void unschedulableStep() {}
}
