package dev.jera.processor.emit.argo;

import dev.jera.processor.emit.yaml.YamlMapping;
import java.util.function.BiConsumer;

/** A lifecycle hook of a step, a task or the workflow: the template it runs, with what, and when. */
public record LifecycleHook(String template, TemplateRef templateRef, Arguments arguments, String expression)
    implements YamlMapping {
  @Override
  public void forEachProperty(BiConsumer<String, Object> each) {
    each.accept("template", template);
    each.accept("templateRef", templateRef);
    each.accept("arguments", arguments);
    each.accept("expression", expression);
  }
}
