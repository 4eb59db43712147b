package dev.jera.samples.argo.workflowtemplate;

import dev.jera.Workflow;

/**
 * Argo's {@code examples/workflow-template/workflow-template-ref.yaml}: a Workflow with no templates
 * of its own that runs the WorkflowTemplate {@code workflow-template-submittable} whole
 * ({@code workflowTemplateRef}), with the template's own parameter defaults.
 */
@Workflow(name = "workflow-template-ref", runs = Templates.WorkflowTemplateSubmittable.class)
public class WorkflowTemplateRef {}
