package dev.jera.processor.wiring;

import dev.jera.argo.DidYouMean;
import dev.jera.processor.model.ScriptModel;
import dev.jera.processor.model.WorkflowModel;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Finds a workflow's scripts by method name or step name, the two ways a user refers to them. */
public final class StepLookup {
  private final List<ScriptModel> scripts;

  public StepLookup(WorkflowModel workflow) {
    // A @Hook stub is no step: nothing refers to it by name.
    this.scripts = workflow.steps();
  }

  /** The script {@code ref} names: a method name first, then a step name. */
  public Optional<ScriptModel> find(String ref) {
    for (ScriptModel script : scripts) {
      if (script.methodName().equals(ref)) {
        return Optional.of(script);
      }
    }
    return byStepName(ref);
  }

  /** The script whose step name is {@code name}, as {@code {{tasks.name…}}} refers to it. */
  public Optional<ScriptModel> byStepName(String name) {
    for (ScriptModel script : scripts) {
      if (script.name().value().equals(name)) {
        return Optional.of(script);
      }
    }
    return Optional.empty();
  }

  /** Every name a reference may use, for did-you-mean. */
  public List<String> names() {
    Set<String> names = new LinkedHashSet<>();
    for (ScriptModel script : scripts) {
      names.add(script.methodName());
      names.add(script.name().value());
    }
    return new ArrayList<>(names);
  }

  /**
   * The step name meant by {@code step}, which names no step: the step name of the method it names
   * ({@code fetchData} for {@code fetch-data}), else the closest step name.
   */
  public Optional<String> suggestStepName(String step) {
    return find(step).map(script -> script.name().value()).or(() -> DidYouMean.closest(step, stepNames()));
  }

  /** Every step name, for did-you-mean on {@code {{tasks.…}}}. */
  public List<String> stepNames() {
    List<String> names = new ArrayList<>();
    for (ScriptModel script : scripts) {
      names.add(script.name().value());
    }
    return names;
  }
}
