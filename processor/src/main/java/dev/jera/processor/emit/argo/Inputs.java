package dev.jera.processor.emit.argo;

import dev.jera.processor.emit.yaml.YamlMapping;
import java.util.List;
import java.util.function.BiConsumer;

/** A template's {@code inputs}. */
public record Inputs(List<Parameter> parameters, List<Artifact> artifacts) implements YamlMapping {
  @Override
  public void forEachProperty(BiConsumer<String, Object> each) {
    each.accept("parameters", parameters);
    each.accept("artifacts", artifacts);
  }
}
