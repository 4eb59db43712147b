package dev.jera.samples.argo;

import dev.jera.Output;
import dev.jera.Script;
import dev.jera.Style;
import dev.jera.Workflow;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Argo's {@code examples/conditional-parameters.yaml}: {@code flip-coin} flips; {@code heads} or {@code tails} runs by
 * its result, and the graph's output parameter stepresult is the one that ran's, chosen by an expression.
 */
@Workflow(name = "conditional-parameter", entrypoint = "main", style = Style.STEPS,
    annotations = {"workflows.argoproj.io/description=Conditional parameters provide a way to choose the output parameters based on expression.\n"
        + "\n"
        + "In this example the step template has two steps which will run conditionally on `when`.\n"
        + "\n"
        + "Based on that condition, one of step will not be executed. The step template's output parameter will be\n"
        + "set from the executed step's output.\n",
        "workflows.argoproj.io/version=>= 3.1.0"})
@Output(value = "stepresult", expression = "steps['flip-coin'].outputs.result == 'heads' ? steps.heads.outputs.result : steps.tails.outputs.result")
public class ConditionalParameters {
  /** Heads or tails, with even odds, as upstream's {@code random.randint(0,1)}. */
  @Script(name = "flip-coin")
  public static String flipCoin() {
    return ThreadLocalRandom.current().nextInt(2) == 0 ? "heads" : "tails";
  }

  @Script(after = "flip-coin", when = "{{steps.flip-coin.outputs.result}} == heads")
  public static String heads() {
    return "heads";
  }

  @Script(after = "flip-coin", when = "{{steps.flip-coin.outputs.result}} == tails")
  public static String tails() {
    return "tails";
  }
}
