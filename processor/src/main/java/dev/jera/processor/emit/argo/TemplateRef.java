package dev.jera.processor.emit.argo;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** {@code templateRef}: a template of a (Cluster)WorkflowTemplate. */
@JsonPropertyOrder({"name", "template", "clusterScope"})
public record TemplateRef(String name, String template, Boolean clusterScope) {}
