package dev.jera.samples.argo.clusterworkflowtemplate;

import dev.jera.Workflow;

/**
 * Argo's {@code examples/cluster-workflow-template/workflow-template-ref.yaml}: a Workflow with no
 * templates of its own that runs the ClusterWorkflowTemplate {@code cluster-workflow-template-submittable}
 * whole ({@code workflowTemplateRef} with {@code clusterScope}), with the template's own parameter
 * defaults.
 */
@Workflow(name = "cluster-workflow-template-ref", runs = Clustertemplates.ClusterWorkflowTemplateSubmittable.class)
public class WorkflowTemplateRef {}
