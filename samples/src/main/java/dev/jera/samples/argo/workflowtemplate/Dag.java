package dev.jera.samples.argo.workflowtemplate;

import dev.jera.Call;
import dev.jera.Script;
import dev.jera.Value;
import dev.jera.Workflow;

/**
 * Argo's {@code examples/workflow-template/dag.yaml}: the DAG {@code diamond} whose tasks call templates of
 * WorkflowTemplates: A, B and D {@code print-message} of {@code workflow-template-print-message}, C the DAG
 * {@code inner-diamond} of {@code workflow-template-inner-dag}.
 */
@Workflow(name = "workflow-template-dag-diamond", entrypoint = "diamond")
public class Dag {
  @Script(name = "A") @Call(workflow = Templates.WorkflowTemplatePrintMessage.class, template = "print-message")
  static void a(@Value("A") String message) {}

  @Script(name = "B", after = "A") @Call(workflow = Templates.WorkflowTemplatePrintMessage.class, template = "print-message")
  static void b(@Value("B") String message) {}

  @Script(name = "C", after = "A") @Call(workflow = Templates.WorkflowTemplateInnerDag.class, template = "inner-diamond")
  static void c() {}

  @Script(name = "D", after = {"B", "C"})
  @Call(workflow = Templates.WorkflowTemplatePrintMessage.class, template = "print-message")
  static void d(@Value("D") String message) {}
}
