package dev.jera.samples.argo;

import dev.jera.Param;
import dev.jera.Template;
import dev.jera.Workflow;

/**
 * Argo's {@code examples/label-value-from-workflow.yaml}: the workflow's label {@code foo} is computed when it
 * starts from the expression {@code workflow.parameters.foo} ({@code labelsFrom}), so workflows can be queried
 * by the parameter they were started with; its one template says hello.
 */
@Workflow(name = "label-value-from", entrypoint = "main",
    labelsFrom = "foo=workflow.parameters.foo",
    annotations = {"workflows.argoproj.io/version=>= v3.3.0",
        "workflows.argoproj.io/description=This examples show you how to add labels based on an expression.\n"
            + "You can then query workflows based on the parameters they were invoked with.\n"
            + "In this specific case, the value of foo will set as a label on the workflow.\n"})
@Param(value = "foo", defaultValue = "bar")
public class LabelValueFromWorkflow {
  /** Says hello, as upstream's {@code argosay} with no arguments. */
  @Template
  public static void main() {
    System.out.println("hello argo");
  }
}
