package dev.jera.processor.emit.argo;

import dev.jera.processor.emit.yaml.YamlMapping;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * A template's {@code outputs}: the values and files a step leaves ({@link OutputParameter}s and
 * {@link Artifact}s), or a graph takes from its steps ({@link GraphOutputs}).
 */
public record Outputs(List<?> parameters, List<?> artifacts) implements YamlMapping {
  @Override
  public void forEachProperty(BiConsumer<String, Object> each) {
    each.accept("parameters", parameters);
    each.accept("artifacts", artifacts);
  }
}
