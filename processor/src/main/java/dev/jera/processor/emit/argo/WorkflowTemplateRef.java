package dev.jera.processor.emit.argo;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** {@code workflowTemplateRef}: the (Cluster)WorkflowTemplate a workflow runs. */
@JsonPropertyOrder({"name", "clusterScope"})
public record WorkflowTemplateRef(String name, Boolean clusterScope) {}
