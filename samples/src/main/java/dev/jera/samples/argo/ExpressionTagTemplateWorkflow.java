package dev.jera.samples.argo;

import dev.jera.Call;
import dev.jera.Output;
import dev.jera.Script;
import dev.jera.Template;
import dev.jera.Value;
import dev.jera.Workflow;

/**
 * Argo's {@code examples/expression-tag-template-workflow.yaml}: the DAG {@code main} runs {@code task-0} once per
 * element of a list an expression computes ({@code withParam} of {@code toJson(filter([1, 3], {# > 1}))}, so once,
 * for 3), passing the element as {@code foo} by the expression {@code {{=item}}}; {@code pod-0} says hello with ten
 * times {@code foo} and the year the workflow was created ({@code sprig.date}), and leaves it as its output.
 */
@Workflow(name = "expression-tag-template", entrypoint = "main",
    annotations = "workflows.argoproj.io/version=>= 3.1.0")
public class ExpressionTagTemplateWorkflow {
  /**
   * Says hello with ten times {@code foo} and the year, as upstream's {@code argosay echo}, which computes them
   * with {@code asInt(inputs.parameters.foo) * 10} and {@code sprig.date('2006', workflow.creationTimestamp)}.
   */
  @Template(name = "pod-0")
  @Output("output")
  public static String pod0(String foo, @Value("{{=sprig.date('2006', workflow.creationTimestamp)}}") String year) {
    String hello = "hello " + Long.parseLong(foo) * 10 + " @ " + year + "\n";
    System.out.print(hello);
    return hello;
  }

  @Script(name = "task-0", forEach = "{{=toJson(filter([1, 3], {# > 1}))}}") @Call(template = "pod-0")
  static void task0(@Value("{{=item}}") String foo) {}
}
