package dev.jera.processor.emit.argo;

import dev.jera.processor.emit.yaml.YamlMapping;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/** A container's (or pod's) {@code resources}: quantities as strings, keys in a fixed order, and claims. */
public record ResourceRequirements(Map<String, String> requests, Map<String, String> limits, List<Claim> claims)
    implements YamlMapping {
  @Override
  public void forEachProperty(BiConsumer<String, Object> each) {
    each.accept("requests", requests);
    each.accept("limits", limits);
    each.accept("claims", claims);
  }

  /** A dynamic resource claim of the pod the container uses, or one request of it. */
  public record Claim(String name, String request) implements YamlMapping {
    @Override
    public void forEachProperty(BiConsumer<String, Object> each) {
      each.accept("name", name);
      each.accept("request", request);
    }
  }
}
