package dev.jera.samples.argo;

import dev.jera.Output;
import dev.jera.Script;
import dev.jera.Workflow;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Argo's {@code examples/dag-conditional-artifacts.yaml}: {@code flip-coin} flips; {@code heads} or {@code tails} runs by
 * its result, and the graph's output file result is the one that ran's, chosen by an expression.
 */
@Workflow(name = "dag-conditional-artifacts", entrypoint = "main",
    annotations = {"workflows.argoproj.io/description=Conditional artifacts provides a way to choose the output artifacts based on an expression.\n"
        + "\n"
        + "In this example the DAG template has two tasks which will run conditionall using `when`.\n"
        + "\n"
        + "Based on the condition one of steps may not execute. The step template output's artifact will be set to the\n"
        + "executed step's output artifacts.\n",
        "workflows.argoproj.io/version=>= 3.1.0"})
@Output(value = "result", expression = "tasks['flip-coin'].outputs.result == 'heads' ? tasks.heads.outputs.artifacts.result : tasks.tails.outputs.artifacts.result", type = Path.class)
public class DagConditionalArtifacts {
  /** Heads or tails, with even odds, as upstream's {@code random.randint(0,1)}. */
  @Script(name = "flip-coin")
  public static String flipCoin() {
    return ThreadLocalRandom.current().nextInt(2) == 0 ? "heads" : "tails";
  }

  /** Leaves the file result saying "it was heads". */
  @Script(after = "flip-coin", when = "{{tasks.flip-coin.outputs.result}} == heads")
  public static Path heads() throws IOException {
    return Files.writeString(Files.createTempFile("result", ".txt"), "it was heads");
  }

  /** Leaves the file result saying "it was tails". */
  @Script(after = "flip-coin", when = "{{tasks.flip-coin.outputs.result}} == tails")
  public static Path tails() throws IOException {
    return Files.writeString(Files.createTempFile("result", ".txt"), "it was tails");
  }
}
