package dev.jera.runtime.local;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the local executor reads from a compiled manifest: a Workflow, WorkflowTemplate,
 * ClusterWorkflowTemplate, or the {@code workflowSpec} of a CronWorkflow.
 *
 * @param kind the Argo kind, such as {@code Workflow}
 * @param name {@code metadata.name}, or {@code null} for a Workflow that has a {@code generateName}
 * @param generateName {@code metadata.generateName}, or {@code null}
 * @param labels {@code metadata.labels}, in the manifest's order
 * @param entrypoint {@code spec.entrypoint}
 * @param onExit {@code spec.onExit}, or {@code null}
 * @param parallelism {@code spec.parallelism}, or {@code null} for no limit
 * @param serviceAccountName {@code spec.serviceAccountName}, or {@code null}
 * @param parameters {@code spec.arguments.parameters}, in order
 * @param templates the templates by name, in the manifest's order
 * @param text the manifest as it is on the classpath
 */
public record Manifest(
    String kind,
    String name,
    String generateName,
    Map<String, String> labels,
    String entrypoint,
    String onExit,
    Integer parallelism,
    String serviceAccountName,
    List<WorkflowParameter> parameters,
    Map<String, Template> templates,
    String text) {

  /** Copies the collections. */
  public Manifest {
    labels = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(labels));
    parameters = List.copyOf(parameters);
    templates = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(templates));
  }

  /** The template the workflow starts at. */
  public Template entryTemplate() {
    return templates.get(entrypoint);
  }

  /** The workflow parameter {@code name}, if declared. */
  public Optional<WorkflowParameter> parameter(String name) {
    return parameters.stream().filter(p -> p.name().equals(name)).findFirst();
  }

  /** Every script template, in order. */
  public List<ScriptTemplate> scripts() {
    return templates.values().stream()
        .filter(ScriptTemplate.class::isInstance)
        .map(ScriptTemplate.class::cast)
        .toList();
  }
}
