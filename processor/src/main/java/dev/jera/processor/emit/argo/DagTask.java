package dev.jera.processor.emit.argo;

import dev.jera.processor.emit.yaml.YamlMapping;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/** One task of a DAG: dependencies as a {@code depends} expression. */
public record DagTask(
    String name,
    String template,
    TemplateRef templateRef,
    String depends,
    Arguments arguments,
    String withParam,
    List<Object> withItems,
    Sequence withSequence,
    String when,
    Map<String, LifecycleHook> hooks) implements YamlMapping {
  @Override
  public void forEachProperty(BiConsumer<String, Object> each) {
    each.accept("name", name);
    each.accept("template", template);
    each.accept("templateRef", templateRef);
    each.accept("depends", depends);
    each.accept("arguments", arguments);
    each.accept("withParam", withParam);
    each.accept("withItems", withItems);
    each.accept("withSequence", withSequence);
    each.accept("when", when);
    each.accept("hooks", hooks);
  }
}
