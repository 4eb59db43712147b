package dev.jera.samples.argo;

import dev.jera.Call;
import dev.jera.Item;
import dev.jera.Output;
import dev.jera.Script;
import dev.jera.Template;
import dev.jera.Value;
import dev.jera.Workflow;

/**
 * Argo's {@code examples/parameter-aggregation-dag.yaml}: {@link ParameterAggregation} as a DAG. The
 * tasks {@code print-nums}, {@code print-evenness} and {@code divide-by-2} each wait for every run of
 * {@code odd-or-even}; {@code divide-by-2} fans out over their aggregate {@code outputs.parameters},
 * keeping the even ones, and {@code print} over its results.
 */
@Workflow(name = "parameter-aggregation-dag", entrypoint = "parameter-aggregation")
public class ParameterAggregationDag {
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

  @Script(name = "print-nums") @Call(template = "print-message")
  static void printNums(@Value("{{tasks.odd-or-even.outputs.parameters.num}}") String message) {}

  @Script(name = "print-evenness") @Call(template = "print-message")
  static void printEvenness(@Value("{{tasks.odd-or-even.outputs.parameters.evenness}}") String message) {}

  @Script(name = "divide-by-2", forEach = "odd-or-even", when = "{{item.evenness}} == even")
  @Call(template = "divide-by-2")
  static int divideBy2Step(@Item("num") int num) {
    return 0;
  }

  @Script(name = "print", forEach = "divide-by-2") @Call(template = "print-message")
  static void print(@Value("{{item}}") String message) {}
}
