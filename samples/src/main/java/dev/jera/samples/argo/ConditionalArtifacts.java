package dev.jera.samples.argo;

import dev.jera.Output;
import dev.jera.Script;
import dev.jera.Style;
import dev.jera.Workflow;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Argo's {@code examples/conditional-artifacts.yaml}: {@code flip-coin} flips; {@code heads} or {@code tails} runs by
 * its result, and the graph's output file result is the one that ran's, chosen by an expression.
 */
@Workflow(name = "conditional-artifacts", entrypoint = "main", style = Style.STEPS,
    annotations = {"workflows.argoproj.io/description=Conditional artifacts provide a way to choose the output artifacts based on expression.\n"
        + "\n"
        + "In this example the main template has two steps which will run conditionall using `when` .\n"
        + "\n"
        + "Based on the `when` condition one of step will not execute. The main template's output artifact named \"result\"\n"
        + "will be set to the executed step's output.\n",
        "workflows.argoproj.io/version=>= 3.1.0"})
@Output(value = "result", expression = "steps['flip-coin'].outputs.result == 'heads' ? steps.heads.outputs.artifacts.result : steps.tails.outputs.artifacts.result", type = Path.class)
public class ConditionalArtifacts {
  /** Heads or tails, with even odds, as upstream's {@code random.randint(0,1)}. */
  @Script(name = "flip-coin")
  public static String flipCoin() {
    return ThreadLocalRandom.current().nextInt(2) == 0 ? "heads" : "tails";
  }

  /** Leaves the file result saying "it was heads". */
  @Script(after = "flip-coin", when = "{{steps.flip-coin.outputs.result}} == heads")
  public static Path heads() throws IOException {
    return Files.writeString(Files.createTempFile("result", ".txt"), "it was heads");
  }

  /** Leaves the file result saying "it was tails". */
  @Script(after = "flip-coin", when = "{{steps.flip-coin.outputs.result}} == tails")
  public static Path tails() throws IOException {
    return Files.writeString(Files.createTempFile("result", ".txt"), "it was tails");
  }
}
