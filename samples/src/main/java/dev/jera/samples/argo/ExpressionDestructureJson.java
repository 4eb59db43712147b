package dev.jera.samples.argo;

import dev.jera.Param;
import dev.jera.Template;
import dev.jera.Value;
import dev.jera.Workflow;

/**
 * Argo's {@code examples/expression-destructure-json.yaml}: the template {@code main} takes the fields
 * {@code a}, {@code b} and {@code c} of the JSON workflow parameter {@code config}, each read by an
 * expression with {@code jsonpath}, and prints them.
 */
@Workflow(name = "expression-destructure-json", entrypoint = "main",
    annotations = "workflows.argoproj.io/version=>= 3.1.0")
@Param(value = "config", defaultValue = "{\"a\": \"1\", \"b\": \"2\", \"c\": \"3\"}")
public class ExpressionDestructureJson {
  /** Prints the three fields, as upstream's {@code echo "$A$B$C"}. */
  @Template(name = "main")
  public static void main(
      @Value("{{=jsonpath(workflow.parameters.config, '$.a')}}") String a,
      @Value("{{=jsonpath(workflow.parameters.config, '$.b')}}") String b,
      @Value("{{=jsonpath(workflow.parameters.config, '$.c')}}") String c) {
    System.out.println(a + b + c);
  }
}
