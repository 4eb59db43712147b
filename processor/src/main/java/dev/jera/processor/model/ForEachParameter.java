package dev.jera.processor.model;

import java.util.Optional;

/**
 * A {@code forEach} that names a workflow parameter rather than a step: the step fans out over the
 * parameter's value, a JSON list ({@code withParam: "{{workflow.parameters.<name>}}"}). A name that is
 * both a step and a parameter is the step's, as it was before forEach could name parameters.
 */
public final class ForEachParameter {
  private ForEachParameter() {}

  /** The workflow parameter {@code script}'s {@code forEach} names, when it names one and no step has that name. */
  public static Optional<ParamModel> of(WorkflowModel workflow, ScriptModel script, boolean stepNamed) {
    if (script.forEach().isEmpty() || stepNamed) {
      return Optional.empty();
    }
    String name = script.forEach().get().value();
    return workflow.params().stream().filter(param -> param.name().value().equals(name)).findFirst();
  }

  /** Whether {@code script}'s {@code forEach} names a declared workflow parameter, whatever else it names. */
  public static boolean namesParameter(WorkflowModel workflow, ScriptModel script) {
    return of(workflow, script, false).isPresent();
  }
}
