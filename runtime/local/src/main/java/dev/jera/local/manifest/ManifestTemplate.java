package dev.jera.local.manifest;

/** A template of the manifest that the local executor runs. */
public sealed interface ManifestTemplate permits DagTemplate, StepsTemplate, PodTemplate {
  /** The template's name. */
  String name();

  /** Whether it is a {@code dag} or {@code steps} template: a graph whose node has children. */
  default boolean graph() {
    return this instanceof DagTemplate || this instanceof StepsTemplate;
  }

  /** A graph's tasks (a steps template's in group order); none for a pod template. */
  default java.util.List<Task> graphTasks() {
    return this instanceof DagTemplate dag ? dag.tasks()
        : this instanceof StepsTemplate steps ? steps.groups().stream().flatMap(java.util.List::stream).toList()
        : java.util.List.of();
  }

  /** A graph's outputs. */
  default java.util.List<GraphOutput> graphOutputs() {
    return this instanceof DagTemplate dag ? dag.outputs()
        : this instanceof StepsTemplate steps ? steps.outputs() : java.util.List.of();
  }

  /** A graph's input artifacts. */
  default java.util.List<InputArtifact> graphInputFiles() {
    return this instanceof DagTemplate dag ? dag.inputFiles()
        : this instanceof StepsTemplate steps ? steps.inputFiles() : java.util.List.of();
  }

  /** A graph's input parameters. */
  default java.util.List<InputParameter> graphInputs() {
    return this instanceof DagTemplate dag ? dag.inputs()
        : this instanceof StepsTemplate steps ? steps.inputs() : java.util.List.of();
  }
}
