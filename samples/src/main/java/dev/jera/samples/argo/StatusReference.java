package dev.jera.samples.argo;

import dev.jera.ContinueOn;
import dev.jera.Script;
import dev.jera.Style;
import dev.jera.Workflow;

/**
 * Argo's {@code examples/status-reference.yaml}: {@code flakey-container} fails, and its
 * {@code continueOn} lets the workflow go on; the next group runs {@code failed} or {@code succeeded}
 * by the flakey step's {@code {{steps.flakey-container.status}}}, so the workflow succeeds.
 */
@Workflow(name = "status-reference", entrypoint = "status-reference", style = Style.STEPS)
public class StatusReference {
  /** Fails, as upstream's {@code exit 1} does. */
  @Script(name = "flakey-container", continueOn = ContinueOn.FAILED)
  public static void flakeyContainer() {
    throw new IllegalStateException("exit 1");
  }

  @Script(after = "flakey-container", when = "{{steps.flakey-container.status}} == Failed")
  public static void failed() {
    System.out.println("the flakey container failed");
  }

  @Script(after = "flakey-container", when = "{{steps.flakey-container.status}} == Succeeded")
  public static void succeeded() {
    System.out.println("the flakey container passed");
  }
}
