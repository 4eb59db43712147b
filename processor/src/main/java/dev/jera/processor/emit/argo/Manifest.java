package dev.jera.processor.emit.argo;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * An Argo resource as Jera writes it. These records mirror the parts of Argo's API that Jera emits,
 * field order fixed so that output is byte for byte the same for the same sources; absent fields are
 * {@code null} and left out.
 *
 * @param spec a {@link WorkflowSpec}, or a {@link CronWorkflowSpec} for a CronWorkflow
 */
@JsonPropertyOrder({"apiVersion", "kind", "metadata", "spec"})
public record Manifest(String apiVersion, String kind, Metadata metadata, Object spec) {
  public static final String API_VERSION = "argoproj.io/v1alpha1";
}
