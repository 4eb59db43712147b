package dev.jera.samples.argo;

import dev.jera.Script;
import dev.jera.Style;
import dev.jera.Workflow;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Argo's {@code examples/coinflip.yaml}: {@code flip-coin} returns "heads" or "tails" at random; the
 * next group runs {@code heads} or {@code tails} by its result, so either way the workflow succeeds.
 */
@Workflow(name = "coinflip", entrypoint = "coinflip", style = Style.STEPS,
    annotations = "workflows.argoproj.io/description=This is an example of coin flip defined as a sequence of"
        + " conditional steps.\\\n")
public class Coinflip {
  /** Heads or tails, with even odds, as upstream's {@code random.randint(0,1)}. */
  @Script(name = "flip-coin")
  public static String flipCoin() {
    return ThreadLocalRandom.current().nextInt(2) == 0 ? "heads" : "tails";
  }

  @Script(after = "flip-coin", when = "{{steps.flip-coin.outputs.result}} == heads")
  public static void heads() {
    System.out.println("it was heads");
  }

  @Script(after = "flip-coin", when = "{{steps.flip-coin.outputs.result}} == tails")
  public static void tails() {
    System.out.println("it was tails");
  }
}
