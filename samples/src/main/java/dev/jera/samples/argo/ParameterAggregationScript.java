package dev.jera.samples.argo;

import dev.jera.Call;
import dev.jera.Item;
import dev.jera.Script;
import dev.jera.Style;
import dev.jera.Template;
import dev.jera.Workflow;

/**
 * Argo's {@code examples/parameter-aggregation-script.yaml}: the steps template {@code parameter-aggregation}
 * runs {@code odd-or-even} once per number 1 to 4, each printing a JSON object of the number and its
 * evenness as its result; {@code divide-by-2} fans out over those results, keeping the even ones
 * ({@code {{item.evenness}}}) and halving their {@code num}.
 */
@Workflow(name = "parameter-aggregation-script", entrypoint = "parameter-aggregation", style = Style.STEPS)
public class ParameterAggregationScript {
  /** The result of {@code odd-or-even}: {@code {"num": 2, "evenness": "even"}}. */
  public record Parity(int num, String evenness) {}

  /** Says whether {@code num} is odd or even, as upstream's Python {@code json.dumps}. */
  @Template(name = "odd-or-even")
  public static Parity oddOrEven(int num) {
    return new Parity(num, num % 2 == 0 ? "even" : "odd");
  }

  /** Halves {@code num}, as upstream's {@code echo $((num/2))}. */
  @Template(name = "divide-by-2")
  public static int divideBy2(int num) {
    return num / 2;
  }

  @Script(name = "odd-or-even", items = {"1", "2", "3", "4"}) @Call(template = "odd-or-even")
  static void oddOrEvenStep(@Item int num) {}

  @Script(name = "divide-by-2", forEach = "odd-or-even", when = "{{item.evenness}} == even")
  @Call(template = "divide-by-2")
  static void divideBy2Step(@Item("num") int num) {}
}
