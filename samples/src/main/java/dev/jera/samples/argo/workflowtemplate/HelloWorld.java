package dev.jera.samples.argo.workflowtemplate;

import dev.jera.Call;
import dev.jera.Script;
import dev.jera.Style;
import dev.jera.Value;
import dev.jera.Workflow;

/**
 * Argo's {@code examples/workflow-template/hello-world.yaml}: one step that calls the template
 * {@code print-message} of the WorkflowTemplate {@code workflow-template-print-message}
 * ({@code templateRef}) with the message "hello world".
 */
@Workflow(name = "workflow-template-hello-world", entrypoint = "hello-world-from-templateRef", style = Style.STEPS)
public class HelloWorld {
  @Script @Call(workflow = Templates.WorkflowTemplatePrintMessage.class, template = "print-message")
  static void callPrintMessage(@Value("hello world") String message) {}
}
