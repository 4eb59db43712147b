package dev.jera.samples.gallery;

import dev.jera.Param;
import dev.jera.Workflow;

/**
 * After Argo's {@code examples/workflow-template/workflow-template-ref.yaml}: a Workflow with no templates of
 * its own that runs the WorkflowTemplate {@link PrintMessageTemplate} whole ({@code workflowTemplateRef}),
 * overriding its parameter. Each {@code @Param} here must be a parameter of the template.
 *
 * <p>Jera's own sample, not a port: the gallery shows features, so it differs from the upstream file
 * (references another template, with an argument). The faithful ports, compared with the upstream files,
 * are in {@code dev.jera.samples.argo}.
 */
@Workflow(name = "gallery-workflow-template-ref", runs = PrintMessageTemplate.class)
@Param(value = "message", defaultValue = "hello from a workflowTemplateRef")
public class WorkflowTemplateRef {}
