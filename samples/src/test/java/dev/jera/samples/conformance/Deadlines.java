package dev.jera.samples.conformance;

import dev.jera.Script;
import dev.jera.Value;
import dev.jera.Workflow;

/**
 * A step past its {@code timeout}, and the workflow's {@code activeDeadlineSeconds}: what runs is
 * stopped, what becomes ready later fails without running, and the exit handler still runs.
 */
@Workflow(name = "conformance-deadlines", deadline = "3s", onExit = "done")
public class Deadlines {

  @Script(name = "timed-out", timeout = "1s")
  public static String timedOut() throws InterruptedException {
    Thread.sleep(60_000);
    return "too late";
  }

  @Script
  public static String slow() throws InterruptedException {
    Thread.sleep(60_000);
    return "too late";
  }

  @Script(depends = "slow.Failed")
  public static String late() {
    return "ran";
  }

  @Script
  public static String done(@Value("{{workflow.status}}") String status) {
    return status;
  }
}
