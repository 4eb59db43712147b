package dev.jera.samples.argo.clusterworkflowtemplate;

import dev.jera.Param;
import dev.jera.Workflow;

/**
 * Argo's {@code examples/cluster-workflow-template/workflow-template-ref-with-entrypoint-arg-passing.yaml}:
 * a Workflow with no templates of its own that runs the template {@code print-message} of the
 * ClusterWorkflowTemplate {@code cluster-workflow-template-print-message}, a library with no entrypoint
 * of its own ({@code entrypoint} beside {@code workflowTemplateRef} with {@code clusterScope}); its
 * parameter {@code message} is that template's input.
 */
@Workflow(name = "cluster-workflow-template-ref-with-entrypoint-arg-passing",
    runs = Clustertemplates.ClusterWorkflowTemplatePrintMessage.class, entrypoint = "print-message")
@Param(value = "message", defaultValue = "hello world")
public class WorkflowTemplateRefWithEntrypointArgPassing {}
