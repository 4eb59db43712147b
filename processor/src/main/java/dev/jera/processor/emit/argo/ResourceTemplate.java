package dev.jera.processor.emit.argo;

import dev.jera.processor.emit.yaml.YamlMapping;
import java.util.List;
import java.util.function.BiConsumer;

/** A template's {@code resource}: what Argo's executor does with a Kubernetes object, in Argo's field order. */
public record ResourceTemplate(
    String action,
    String mergeStrategy,
    String manifest,
    Boolean setOwnerReference,
    String successCondition,
    String failureCondition,
    List<String> flags) implements YamlMapping {
  @Override
  public void forEachProperty(BiConsumer<String, Object> each) {
    each.accept("action", action);
    each.accept("mergeStrategy", mergeStrategy);
    each.accept("manifest", manifest);
    each.accept("setOwnerReference", setOwnerReference);
    each.accept("successCondition", successCondition);
    each.accept("failureCondition", failureCondition);
    each.accept("flags", flags);
  }
}
