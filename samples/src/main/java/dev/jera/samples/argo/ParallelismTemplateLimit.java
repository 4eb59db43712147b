package dev.jera.samples.argo;

import dev.jera.Call;
import dev.jera.Graph;
import dev.jera.Script;
import dev.jera.Style;
import dev.jera.Template;
import dev.jera.Workflow;

/**
 * Argo's {@code examples/parallelism-template-limit.yaml}: the steps template
 * {@code parallelism-template-limit} runs its step {@code sleep} once per item, ten in all, at most two at
 * a time (the template's own {@code parallelism}), each sleeping ten seconds.
 */
@Workflow(name = "parallelism-template-limit", entrypoint = "parallelism-template-limit", style = Style.STEPS)
@Graph(parallelism = 2)
public class ParallelismTemplateLimit {
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
