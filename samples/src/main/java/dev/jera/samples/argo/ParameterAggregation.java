package dev.jera.samples.argo;

import dev.jera.Call;
import dev.jera.Item;
import dev.jera.Output;
import dev.jera.Script;
import dev.jera.Style;
import dev.jera.Template;
import dev.jera.Value;
import dev.jera.Workflow;

/**
 * Argo's {@code examples/parameter-aggregation.yaml}: the steps template {@code parameter-aggregation} runs
 * {@code odd-or-even} once per number 1 to 4, each leaving the outputs {@code num} and {@code evenness};
 * {@code print-nums} and {@code print-evenness} print the aggregated lists of each, {@code divide-by-2}
 * runs once per run of {@code odd-or-even} whose {@code evenness} is {@code even} (over the aggregate
 * {@code outputs.parameters}), halving its {@code num}, and {@code print} prints each half.
 */
@Workflow(name = "parameter-aggregation", entrypoint = "parameter-aggregation", style = Style.STEPS)
public class ParameterAggregation {
  /** The two outputs of {@code odd-or-even}. */
  public record Parity(@Output String num, @Output String evenness) {}

  /** Says whether {@code num} is odd or even, after a second, as upstream's {@code sleep 1 && echo …}. */
  @Template(name = "odd-or-even")
  public static Parity oddOrEven(int num) throws InterruptedException {
    Thread.sleep(1000);
    return new Parity(String.valueOf(num), num % 2 == 0 ? "even" : "odd");
  }

  /** Halves {@code num}, as upstream's {@code echo $((num/2))}. */
  @Template(name = "divide-by-2")
  public static int divideBy2(int num) {
    return num / 2;
  }

  /** Prints the message, as upstream's {@code echo}. */
  @Template(name = "print-message")
  public static void printMessage(String message) {
    System.out.println(message);
  }

  @Script(name = "odd-or-even", items = {"1", "2", "3", "4"}) @Call(template = "odd-or-even")
  static void oddOrEvenStep(@Item int num) {}

  @Script(name = "print-nums", after = "odd-or-even") @Call(template = "print-message")
  static void printNums(@Value("{{steps.odd-or-even.outputs.parameters.num}}") String message) {}

  @Script(name = "print-evenness", after = "print-nums") @Call(template = "print-message")
  static void printEvenness(@Value("{{steps.odd-or-even.outputs.parameters.evenness}}") String message) {}

  @Script(name = "divide-by-2", after = "print-evenness", forEach = "odd-or-even", when = "{{item.evenness}} == even")
  @Call(template = "divide-by-2")
  static int divideBy2Step(@Item("num") int num) {
    return 0;
  }

  @Script(name = "print", forEach = "divide-by-2") @Call(template = "print-message")
  static void print(@Value("{{item}}") String message) {}
}
