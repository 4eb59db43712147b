package dev.jera.processor.emit.argo;

import dev.jera.processor.emit.yaml.YamlMapping;
import java.util.List;
import java.util.function.BiConsumer;

/** A step's {@code continueOn}: each outcome true when given, absent otherwise. */
public record ContinueOn(Boolean error, Boolean failed) implements YamlMapping {
  @Override
  public void forEachProperty(BiConsumer<String, Object> each) {
    each.accept("error", error);
    each.accept("failed", failed);
  }

  /** From the constants' names of {@code @Script(continueOn)}; null when there are none. */
  public static ContinueOn of(List<String> outcomes) {
    if (outcomes.isEmpty()) {
      return null;
    }
    return new ContinueOn(outcomes.contains("ERROR") ? true : null, outcomes.contains("FAILED") ? true : null);
  }
}
