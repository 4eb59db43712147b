package dev.jera.processor.emit.argo;

import dev.jera.processor.emit.yaml.YamlMapping;
import java.util.function.BiConsumer;

/** {@code templateRef}: a template of a (Cluster)WorkflowTemplate. */
public record TemplateRef(String name, String template, Boolean clusterScope) implements YamlMapping {
  @Override
  public void forEachProperty(BiConsumer<String, Object> each) {
    each.accept("name", name);
    each.accept("template", template);
    each.accept("clusterScope", clusterScope);
  }
}
