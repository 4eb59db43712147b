package dev.jera.samples.argo.workflowtemplate;

import dev.jera.Param;
import dev.jera.Workflow;

/**
 * Argo's {@code examples/workflow-template/workflow-template-ref-with-entrypoint-arg-passing.yaml}: a
 * Workflow with no templates of its own that runs the WorkflowTemplate {@code workflow-template-print-message}
 * starting at the template it names, {@code print-message} ({@code entrypoint} beside
 * {@code workflowTemplateRef}); its parameter {@code message} is that template's input.
 */
@Workflow(name = "workflow-template-ref-with-entrypoint-arg-passing",
    runs = Templates.WorkflowTemplatePrintMessage.class, entrypoint = "print-message")
@Param(value = "message", defaultValue = "hello world")
public class WorkflowTemplateRefWithEntrypointArgPassing {}
