package dev.jera.processor.emit.argo;

import dev.jera.processor.emit.yaml.YamlMapping;
import java.util.function.BiConsumer;

/** {@code artifactRepositoryRef}: a key of a ConfigMap that describes the repository. */
public record ArtifactRepositoryRef(String configMap, String key) implements YamlMapping {
  @Override
  public void forEachProperty(BiConsumer<String, Object> each) {
    each.accept("configMap", configMap);
    each.accept("key", key);
  }
}
