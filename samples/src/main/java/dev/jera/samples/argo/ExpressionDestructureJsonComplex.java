package dev.jera.samples.argo;

import dev.jera.Param;
import dev.jera.Template;
import dev.jera.Value;
import dev.jera.Workflow;

/**
 * Argo's {@code examples/expression-destructure-json-complex.yaml}: the template {@code main} reads the JSON
 * workflow parameter {@code config} with {@code jsonpath} filters, a slice and a wildcard: {@code a} the age of
 * Baris, {@code b} the ages between 42 and 44, {@code c} the first employee, {@code d} every name; and prints them.
 */
@Workflow(name = "expression-destructure-json-complex", entrypoint = "main")
@Param(value = "config",
    defaultValue = "{\"employees\": [{\"name\": \"Baris\", \"age\":43},{\"name\": \"Mo\", \"age\": 42}, {\"name\": \"Jai\", \"age\" :44}]}")
public class ExpressionDestructureJsonComplex {
  /** Prints the four values, as upstream's {@code echo "$A$B$C$D"}. */
  @Template(name = "main")
  public static void main(
      @Value("{{=jsonpath(workflow.parameters.config, '$.employees[?(@.name==\"Baris\")].age')}}") String a,
      @Value("{{=jsonpath(workflow.parameters.config, '$.employees[?(@.age>42 && @.age<44)].age')}}") String b,
      @Value("{{=jsonpath(workflow.parameters.config, '$.employees[0:1]')}}") String c,
      @Value("{{=jsonpath(workflow.parameters.config, '$.employees[*].name')}}") String d) {
    System.out.println(a + b + c + d);
  }
}
