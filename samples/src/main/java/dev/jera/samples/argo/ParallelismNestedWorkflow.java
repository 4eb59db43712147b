package dev.jera.samples.argo;

import dev.jera.Call;
import dev.jera.Graph;
import dev.jera.Param;
import dev.jera.Script;
import dev.jera.Style;
import dev.jera.Template;
import dev.jera.Value;
import dev.jera.Workflow;

/**
 * Argo's {@code examples/parallelism-nested-workflow.yaml}: the entry steps template {@code A} runs
 * {@code B} once per element of {@code seq-list}, one at a time ({@code parallelism: 1}); {@code B} runs
 * {@code one-job} twice at once, over {@code [1, 2]}.
 *
 * <p>{@code B}'s loop never passes its element to {@code one-job} (each of the two jobs gets only
 * {@code seq-id}): Jera warns about such a loop (LoopWithoutItem); the port keeps upstream's loop and says
 * so with {@code @SuppressWarnings("jera:LoopWithoutItem")}.
 */
@Workflow(name = "parallelism-nested-workflow", entrypoint = "A", style = Style.STEPS,
    labels = "workflows.argoproj.io/no-test=duration")
@Param(value = "seq-list", defaultValue = "[\"a\",\"b\",\"c\",\"d\"]\n")
public class ParallelismNestedWorkflow {
  /** Prints its id, then takes thirty seconds. */
  @Template(name = "one-job")
  public static void oneJob(@Param("seq-id") String seqId) throws InterruptedException {
    System.out.println(seqId);
    Thread.sleep(30_000);
  }

  /** One B per element of seq-list, one at a time. */
  @Graph(name = "A", parallelism = 1)
  @Param("seq-list")
  static class A {
    @Script(name = "seq-step", forEach = "seq-list") @Call(template = "B")
    static void seqStep(@Value("{{item}}") String seqId) {}
  }

  /** one-job twice at once. */
  @Graph(name = "B")
  @Param("seq-id")
  static class B {
    @SuppressWarnings("jera:LoopWithoutItem")
    @Script(name = "jobs", items = {"1", "2"}) @Call(template = "one-job")
    static void jobs(@Value("{{inputs.parameters.seq-id}}") String seqId) {}
  }
}
