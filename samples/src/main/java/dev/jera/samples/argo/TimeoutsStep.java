package dev.jera.samples.argo;

import dev.jera.Template;
import dev.jera.Workflow;
import java.time.Duration;

/**
 * Argo's {@code examples/timeouts-step.yaml}: the template {@code sleep} prints 123 and sleeps a day, but
 * its {@code activeDeadlineSeconds} of 10 stops its pod after ten seconds, and the workflow fails.
 */
@Workflow(
    name = "timeouts-step",
    entrypoint = "sleep",
    labels = "workflows.argoproj.io/no-test=expected-failure")
public class TimeoutsStep {
  /** Prints 123 and sleeps a day, as upstream's {@code echo 123; sleep 1d}. */
  @Template(deadline = "10s")
  public static void sleep() throws InterruptedException {
    System.out.println("123");
    Thread.sleep(Duration.ofDays(1).toMillis());
  }
}
