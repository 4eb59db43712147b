package dev.jera.samples.argo;

import dev.jera.Call;
import dev.jera.Graph;
import dev.jera.Param;
import dev.jera.Script;
import dev.jera.Style;
import dev.jera.Template;
import dev.jera.Workflow;

/**
 * Argo's {@code examples/conditionals.yaml}: the entry steps template takes {@code should-print} (the
 * workflow's argument, {@code true} by default) and runs {@code argosay} three times, each only when the
 * parameter is true, written in the three forms Argo reads: govaluate, an expression reading the input, and an
 * expression reading {@code workflow.parameters.json} with {@code jsonpath}.
 */
@Workflow(name = "conditional", entrypoint = "conditional-example", style = Style.STEPS)
@Param(value = "should-print", defaultValue = "true")
public class Conditionals {
  /** Says hello, as upstream's {@code cowsay hello}. */
  @Template
  public static void argosay() {
    System.out.println("hello");
  }

  /** The entry: three ways of writing the same condition. */
  @Graph(name = "conditional-example")
  @Param("should-print")
  static class Example {
    @Script(name = "print-hello-govaluate", when = "{{inputs.parameters.should-print}} == true")
    @Call(template = "argosay")
    static void printHelloGovaluate() {}

    @Script(name = "print-hello-expr", when = "{{= inputs.parameters[\"should-print\"] == 'true'}}")
    @Call(template = "argosay")
    static void printHelloExpr() {}

    @Script(name = "print-hello-expr-json", when = "{{=jsonpath(workflow.parameters.json, '$[0].value') == 'true'}}")
    @Call(template = "argosay")
    static void printHelloExprJson() {}
  }
}
