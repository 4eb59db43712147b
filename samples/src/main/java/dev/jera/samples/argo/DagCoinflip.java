package dev.jera.samples.argo;

import dev.jera.Call;
import dev.jera.Graph;
import dev.jera.Script;
import dev.jera.Style;
import dev.jera.Workflow;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Argo's {@code examples/dag-coinflip.yaml}: the DAG {@code diamond} whose four tasks each run the steps
 * template {@code coinflip}, which flips until it comes up heads (on tails it runs itself again).
 */
@Workflow(name = "dag-diamond-coinflip", entrypoint = "diamond", labels = "workflows.argoproj.io/no-test=duration",
    annotations = "workflows.argoproj.io/description=This is an example of coin flip defined as a DAG.\n")
public class DagCoinflip {
  /** Flip, then heads or (recursively) flip again. */
  @Graph(name = "coinflip", style = Style.STEPS)
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

  @Script(name = "A") @Call(template = "coinflip")
  static void a() {}

  @Script(name = "B", after = "A") @Call(template = "coinflip")
  static void b() {}

  @Script(name = "C", after = "A") @Call(template = "coinflip")
  static void c() {}

  @Script(name = "D", after = {"B", "C"}) @Call(template = "coinflip")
  static void d() {}
}
