package dev.jera.processor.emit.argo;

import dev.jera.processor.emit.yaml.YamlMapping;
import java.util.List;
import java.util.function.BiConsumer;

/** {@code arguments}: the parameters and artifacts passed to a template or the workflow. */
public record Arguments(List<Parameter> parameters, List<Artifact> artifacts) implements YamlMapping {
  @Override
  public void forEachProperty(BiConsumer<String, Object> each) {
    each.accept("parameters", parameters);
    each.accept("artifacts", artifacts);
  }

  public Arguments(List<Parameter> parameters) {
    this(parameters, null);
  }
}
