package dev.jera.samples.argo;

import dev.jera.Call;
import dev.jera.From;
import dev.jera.Graph;
import dev.jera.Memoize;
import dev.jera.Output;
import dev.jera.Param;
import dev.jera.Script;
import dev.jera.Style;
import dev.jera.Template;
import dev.jera.Value;
import dev.jera.Workflow;

/**
 * Argo's {@code examples/fibonacci-seq-conditional-param.yaml}: the memoized steps template {@code fibonacci}
 * gives the {@code num}th Fibonacci number as its output {@code fib}, by expression: 1 for the first two,
 * else the sum its helper {@code fibonaccihelper} computes by calling {@code fibonacci} for the two before.
 * {@code printresult} prints {@code fib} of {@code num}.
 *
 * <p>Upstream's {@code return-1} is called by nothing; the port keeps it (UncalledTemplate suppressed).
 */
@Workflow(name = "fibonacci", entrypoint = "main", style = Style.STEPS,
    labels = "workflows.argoproj.io/no-test=environment",
    annotations = {"workflows.argoproj.io/description=This example demonstrates fibonacci sequence problem using"
        + " conditional parameter feature.\n", "workflows.argoproj.io/veriiony=>= 3.1.0"})
@Param(value = "num", defaultValue = "5")
public class FibonacciSeqConditionalParam {
  /** Prints 1. */
  @SuppressWarnings("jera:UncalledTemplate")
  @Template(name = "return-1")
  public static int return1() {
    return 1;
  }

  /** {@code a op b}, for {@code +} and {@code -} on whole numbers, as upstream's Python prints it. */
  @Template(name = "do-math")
  public static long doMath(String a, String op, String b) {
    long x = Long.parseLong(a.trim());
    long y = Long.parseLong(b.trim());
    return switch (op) {
      case "+" -> x + y;
      case "-" -> x - y;
      default -> throw new IllegalArgumentException("unsupported operator: " + op);
    };
  }

  /** Prints the result. */
  @Template
  public static void printresult(String result) {
    System.out.println(result);
  }

  /** The {@code num}th Fibonacci number, memoized by {@code num}. */
  @Graph(name = "fibonacci")
  @Param("num")
  @Memoize(key = "{{inputs.parameters.num}}", maxAge = "120s", cache = "fibonacci-m")
  @Output(value = "fib", expression = "asInt(inputs.parameters.num) == 1? 1: asInt(inputs.parameters.num) == 2? 1:"
      + " steps['fibonacci-helper'].outputs.parameters.result")
  static class Fibonacci {
    @Script(name = "fibonacci-helper", when = "{{inputs.parameters.num}} != 1 && {{inputs.parameters.num}} != 2")
    @Call(template = "fibonaccihelper")
    static void fibonacciHelper(@Value("{{inputs.parameters.num}}") String num_1) {}
  }

  /** The sum of the two Fibonacci numbers before {@code num-1}'s successor. */
  @Graph(name = "fibonaccihelper")
  @Param("num-1")
  @Output(value = "result", from = "add")
  static class Fibonaccihelper {
    @Script(name = "sub-1") @Call(template = "do-math")
    static long sub1(@Value("{{inputs.parameters.num-1}}") String a, @Value("-") String op, @Value("1") String b) {
      return 0;
    }

    @Script(name = "sub-2", after = "sub-1",
        when = "{{inputs.parameters.num-1}} != 1 && {{inputs.parameters.num-1}} != 2")
    @Call(template = "do-math")
    static long sub2(@Value("{{inputs.parameters.num-1}}") String a, @Value("-") String op, @Value("2") String b) {
      return 0;
    }

    @Script(name = "fib-sub-1", after = "sub-2") @Call(template = "fibonacci")
    static void fibSub1(@Value("{{steps.sub-1.outputs.result}}") String num) {}

    @Script(name = "fib-sub-2", after = "fib-sub-1") @Call(template = "fibonacci")
    static void fibSub2(@Value("{{steps.sub-2.outputs.result}}") String num) {}

    @Script(name = "add", after = "fib-sub-2") @Call(template = "do-math")
    static long add(@From(value = "fib-sub-1", output = "fib") String a, @Value("+") String op,
        @From(value = "fib-sub-2", output = "fib") String b) {
      return 0;
    }
  }

  @Script(name = "fibonaccimain") @Call(template = "fibonacci")
  static void fibonaccimain(@Param("num") String num) {}

  @Script(name = "printresult", after = "fibonaccimain") @Call(template = "printresult")
  static void printresultStep(@From(value = "fibonaccimain", output = "fib") String result) {}
}
