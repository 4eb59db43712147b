package dev.jera.samples.argo;

import dev.jera.Call;
import dev.jera.From;
import dev.jera.Graph;
import dev.jera.Param;
import dev.jera.Script;
import dev.jera.Style;
import dev.jera.Template;
import dev.jera.Value;
import dev.jera.Workflow;

/**
 * Argo's {@code examples/recursive-for-loop.yaml}: a for loop written as recursion. The steps template
 * {@code loop} counts one up with {@code counter-iteration}, then, while the count is below the limit,
 * runs itself again with the new count.
 */
@Workflow(name = "recursive-loop", entrypoint = "plan", style = Style.STEPS,
    labels = "workflows.argoproj.io/no-test=flaky")
public class RecursiveForLoop {
  /** The counter plus one. */
  @Template(name = "counter-iteration")
  public static int counterIteration(int counter) {
    return counter + 1;
  }

  /** One turn of the loop: count, then go on while below the limit. */
  @Graph(name = "loop")
  @Param("counter")
  @Param("limit")
  static class Loop {
    @Script(name = "iterate-counter") @Call(template = "counter-iteration")
    static int iterateCounter(@Value("{{inputs.parameters.counter}}") int counter) {
      return 0;
    }

    @Script(name = "continue", after = "iterate-counter",
        when = "{{steps.iterate-counter.outputs.result}} < {{inputs.parameters.limit}}")
    @Call(template = "loop")
    static void continue_(@From("iterate-counter") int counter, @Value("{{inputs.parameters.limit}}") String limit) {}
  }

  @Script(name = "recurse") @Call(template = "loop")
  static void recurse(@Value("0") String counter, @Value("10") String limit) {}
}
