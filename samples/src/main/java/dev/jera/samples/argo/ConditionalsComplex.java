package dev.jera.samples.argo;

import dev.jera.Call;
import dev.jera.Script;
import dev.jera.Style;
import dev.jera.Template;
import dev.jera.Workflow;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Argo's {@code examples/conditionals-complex.yaml}: a coin is flipped twice ({@code flip-coin}, then
 * {@code flip-again}, both running the template {@code flip-coin}); {@code heads} or {@code tails}
 * runs after the first flip, then after the second a complex condition over both results and two
 * regular expressions over the second decide which of three more steps run.
 */
@Workflow(name = "conditionals-complex", entrypoint = "coinflip", style = Style.STEPS)
public class ConditionalsComplex {
  /** "heads" or "tails", at random. */
  @Template
  public static String flipCoin() {
    return ThreadLocalRandom.current().nextBoolean() ? "heads" : "tails";
  }

  /** Says it was heads. */
  @Template
  public static void heads() {
    System.out.println("it was heads");
  }

  /** Says it was tails. */
  @Template
  public static void tails() {
    System.out.println("it was tails");
  }

  /** Says which flips led here. */
  @Template
  public static void headsTailsOrTwiceTails() {
    System.out.println("it was heads the first flip and tails the second. Or it was two times tails.");
  }

  @Script(name = "flip-coin") @Call(template = "flip-coin")
  static String flipCoinStep() {
    return null;
  }

  @Script(name = "heads", when = "{{steps.flip-coin.outputs.result}} == heads") @Call(template = "heads")
  static void headsStep() {}

  @Script(name = "tails", when = "{{steps.flip-coin.outputs.result}} == tails") @Call(template = "tails")
  static void tailsStep() {}

  @Script(after = {"heads", "tails"}) @Call(template = "flip-coin")
  static String flipAgain() {
    return null;
  }

  @Script(when = "( {{steps.flip-coin.outputs.result}} == heads && {{steps.flip-again.outputs.result}} == tails ) ||"
      + " ( {{steps.flip-coin.outputs.result}} == tails && {{steps.flip-again.outputs.result}} == tails )")
  @Call(template = "heads-tails-or-twice-tails")
  static void complexCondition() {}

  @Script(when = "{{steps.flip-again.outputs.result}} =~ hea") @Call(template = "heads")
  static void headsRegex() {}

  @Script(when = "{{steps.flip-again.outputs.result}} =~ tai") @Call(template = "tails")
  static void tailsRegex() {}
}
