package dev.jera.samples.argo.workflowtemplate;

import dev.jera.Call;
import dev.jera.Script;
import dev.jera.Style;
import dev.jera.Workflow;

/**
 * Argo's {@code examples/workflow-template/retry-with-steps.yaml}: three steps, {@code hello1} then
 * {@code hello2a} and {@code hello2b} in parallel, each calling {@code random-fail-template} of the
 * WorkflowTemplate {@code workflow-template-random-fail-template}, which retries it up to ten times.
 */
@Workflow(name = "workflow-template-retry-with-steps", entrypoint = "retry-with-steps", style = Style.STEPS)
public class RetryWithSteps {
  @Script @Call(workflow = Templates.WorkflowTemplateRandomFailTemplate.class, template = "random-fail-template")
  static void hello1() {}

  @Script(after = "hello1")
  @Call(workflow = Templates.WorkflowTemplateRandomFailTemplate.class, template = "random-fail-template")
  static void hello2a() {}

  @Script(after = "hello1")
  @Call(workflow = Templates.WorkflowTemplateRandomFailTemplate.class, template = "random-fail-template")
  static void hello2b() {}
}
