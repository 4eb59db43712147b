package dev.jera.samples.argo;

import dev.jera.Call;
import dev.jera.Script;
import dev.jera.Style;
import dev.jera.Template;
import dev.jera.Workflow;

/**
 * Argo's {@code examples/parallelism-limit.yaml}: the steps template {@code parallelism-limit} runs its step
 * {@code sleep} once per item, ten in all, each sleeping ten seconds, at most two pods of the workflow at a
 * time (the workflow's {@code parallelism}).
 */
@Workflow(name = "parallelism-limit", entrypoint = "parallelism-limit", style = Style.STEPS, parallelism = 2)
public class ParallelismLimit {
  /** Sleeps ten seconds, as upstream's {@code sleep 10}. */
  @Template
  public static void sleep() throws InterruptedException {
    Thread.sleep(10_000);
  }

  @Script(name = "sleep",
      items = {"this", "workflow", "should", "take", "at", "least", "60", "seconds", "to", "complete"})
  @Call(template = "sleep")
  static void sleepEach() {}
}
