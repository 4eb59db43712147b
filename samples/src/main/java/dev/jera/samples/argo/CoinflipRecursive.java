package dev.jera.samples.argo;

import dev.jera.Call;
import dev.jera.Graph;
import dev.jera.Script;
import dev.jera.Style;
import dev.jera.Workflow;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Argo's {@code examples/coinflip-recursive.yaml}: the steps template {@code coinflip} flips a coin; on
 * heads it prints so and ends, on tails it runs itself again, until a flip comes up heads.
 */
@Workflow(name = "coinflip-recursive", entrypoint = "coinflip", style = Style.STEPS)
public class CoinflipRecursive {
  /** Flip, then heads or (recursively) flip again. */
  @Graph(name = "coinflip")
  static class Coinflip {
    /** Heads or tails, with even odds, as upstream's {@code random.randint(0,1)}. */
    @Script(name = "flip-coin")
    public static String flipCoin() {
      return ThreadLocalRandom.current().nextInt(2) == 0 ? "heads" : "tails";
    }

    @Script(after = "flip-coin", when = "{{steps.flip-coin.outputs.result}} == heads")
    public static void heads() {
      System.out.println("it was heads");
    }

    @Script(after = "flip-coin", when = "{{steps.flip-coin.outputs.result}} == tails") @Call(template = "coinflip")
    static void tails() {}
  }
}
