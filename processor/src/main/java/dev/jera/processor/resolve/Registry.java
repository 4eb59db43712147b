package dev.jera.processor.resolve;

import dev.jera.processor.model.WorkflowModel;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** The workflows and libraries collected in this compilation so far, by class and by name. */
public final class Registry {
  private final Map<String, WorkflowModel> byClass = new HashMap<>();
  private final Map<String, WorkflowModel> byName = new HashMap<>();

  public void add(WorkflowModel model) {
    byClass.put(model.className().canonicalName(), model);
    if (!model.library()) {
      byName.putIfAbsent(model.name().value(), model);
    }
  }

  Optional<WorkflowModel> byClass(String className) {
    return Optional.ofNullable(byClass.get(className));
  }

  Optional<WorkflowModel> byName(String name) {
    return Optional.ofNullable(byName.get(name));
  }

  /** The class that first took workflow name {@code name} in this compilation. */
  public Optional<String> ownerOf(String name) {
    return byName(name).map(model -> model.className().canonicalName());
  }
}
