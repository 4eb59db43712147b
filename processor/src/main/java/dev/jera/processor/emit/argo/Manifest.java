package dev.jera.processor.emit.argo;

import dev.jera.processor.emit.yaml.YamlMapping;
import java.util.function.BiConsumer;

/**
 * An Argo resource as Jera writes it. These records mirror the parts of Argo's API that Jera emits,
 * field order fixed so that output is byte for byte the same for the same sources; absent fields are
 * {@code null} and left out.
 *
 * @param spec a {@link WorkflowSpec}, or a {@link CronWorkflowSpec} for a CronWorkflow
 */
public record Manifest(String apiVersion, String kind, Metadata metadata, Object spec) implements YamlMapping {
  @Override
  public void forEachProperty(BiConsumer<String, Object> each) {
    each.accept("apiVersion", apiVersion);
    each.accept("kind", kind);
    each.accept("metadata", metadata);
    each.accept("spec", spec);
  }

  public static final String API_VERSION = "argoproj.io/v1alpha1";
}
