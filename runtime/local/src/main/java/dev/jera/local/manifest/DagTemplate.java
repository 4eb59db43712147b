package dev.jera.local.manifest;

import java.util.List;

/**
 * A {@code dag} template.
 *
 * @param name its name
 * @param tasks its tasks, in the manifest's order
 * @param parallelism its own {@code parallelism}, or {@code null}
 * @param failFast {@code dag.failFast} (Argo's default is true)
 * @param target {@code dag.target} as written (tags and all): the tasks to run, with what they depend on;
 *     {@code null} for all
 * @param inputs its input parameters, which the calling task's arguments (or, for the entrypoint, the
 *     workflow's arguments) supply
 * @param inputFiles its input artifacts, which the calling task's artifact arguments supply; its tasks read
 *     each as {@code {{inputs.artifacts.<name>}}}
 * @param outputs its outputs, taken from its tasks when it has succeeded
 */
public record DagTemplate(String name, List<Task> tasks, Integer parallelism, boolean failFast, String target,
    List<InputParameter> inputs, List<InputArtifact> inputFiles, List<GraphOutput> outputs) implements ManifestTemplate {
  /** Copies the lists. */
  public DagTemplate {
    tasks = List.copyOf(tasks);
    inputs = List.copyOf(inputs);
    inputFiles = List.copyOf(inputFiles);
    outputs = List.copyOf(outputs);
  }
}
