package dev.jera.processor.emit.argo;

import dev.jera.processor.emit.yaml.YamlMapping;
import java.util.function.BiConsumer;

/** {@code workflowTemplateRef}: the (Cluster)WorkflowTemplate a workflow runs. */
public record WorkflowTemplateRef(String name, Boolean clusterScope) implements YamlMapping {
  @Override
  public void forEachProperty(BiConsumer<String, Object> each) {
    each.accept("name", name);
    each.accept("clusterScope", clusterScope);
  }
}
