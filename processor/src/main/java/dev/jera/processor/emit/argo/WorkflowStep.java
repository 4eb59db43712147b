package dev.jera.processor.emit.argo;

import dev.jera.processor.emit.yaml.YamlMapping;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/** One step of a {@code steps} template's group. */
public record WorkflowStep(
    String name,
    String template,
    TemplateRef templateRef,
    Arguments arguments,
    String withParam,
    List<Object> withItems,
    Sequence withSequence,
    String when,
    ContinueOn continueOn,
    Map<String, LifecycleHook> hooks) implements YamlMapping {
  @Override
  public void forEachProperty(BiConsumer<String, Object> each) {
    each.accept("name", name);
    each.accept("template", template);
    each.accept("templateRef", templateRef);
    each.accept("arguments", arguments);
    each.accept("withParam", withParam);
    each.accept("withItems", withItems);
    each.accept("withSequence", withSequence);
    each.accept("when", when);
    each.accept("continueOn", continueOn);
    each.accept("hooks", hooks);
  }
}
