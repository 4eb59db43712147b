package dev.jera.samples.argo;

import dev.jera.Output;
import dev.jera.Script;
import dev.jera.Workflow;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Argo's {@code examples/dag-conditional-parameters.yaml}: {@code flip-coin} flips; {@code heads} or {@code tails} runs by
 * its result, and the graph's output parameter stepresult is the one that ran's, chosen by an expression.
 */
@Workflow(name = "dag-conditional-parameter", entrypoint = "main",
    annotations = {"workflows.argoproj.io/description=Conditional parameters provide a way to choose the output parameters based on expression.\n"
        + "\n"
        + "In this example DAG template has two task which will run conditionally based on `when`.\n"
        + "\n"
        + "Based on this condition one of task may not execute. The template's output parameter will be set to the\n"
        + "executed taks's output result.\n",
        "workflows.argoproj.io/version=>= 3.1.0"})
@Output(value = "stepresult", expression = "tasks['flip-coin'].outputs.result == 'heads' ? tasks.heads.outputs.result : tasks.tails.outputs.result")
public class DagConditionalParameters {
  /** Heads or tails, with even odds, as upstream's {@code random.randint(0,1)}. */
  @Script(name = "flip-coin")
  public static String flipCoin() {
    return ThreadLocalRandom.current().nextInt(2) == 0 ? "heads" : "tails";
  }

  @Script(after = "flip-coin", when = "{{tasks.flip-coin.outputs.result}} == heads")
  public static String heads() {
    return "heads";
  }

  @Script(after = "flip-coin", when = "{{tasks.flip-coin.outputs.result}} == tails")
  public static String tails() {
    return "tails";
  }
}
