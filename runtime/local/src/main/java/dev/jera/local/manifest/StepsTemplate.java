package dev.jera.local.manifest;

import java.util.List;

/**
 * A {@code steps} template: groups that run one after the other, the steps of a group in parallel.
 *
 * @param name its name
 * @param groups its groups, in order
 * @param parallelism its own {@code parallelism}, or {@code null}
 * @param inputs its input parameters, which the calling step's arguments (or, for the entrypoint, the
 *     workflow's arguments) supply
 * @param inputFiles its input artifacts, which the calling step's artifact arguments supply; its steps read
 *     each as {@code {{inputs.artifacts.<name>}}}
 * @param outputs its outputs, taken from its steps when it has succeeded
 */
public record StepsTemplate(String name, List<List<Task>> groups, Integer parallelism, List<InputParameter> inputs,
    List<InputArtifact> inputFiles, List<GraphOutput> outputs) implements ManifestTemplate {
  /** Copies the lists. */
  public StepsTemplate {
    groups = groups.stream().map(List::copyOf).toList();
    inputs = List.copyOf(inputs);
    inputFiles = List.copyOf(inputFiles);
    outputs = List.copyOf(outputs);
  }
}
