package dev.jera.processor.emit.argo;

import dev.jera.processor.emit.yaml.YamlMapping;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * {@code metadata}: a Workflow has a {@code generateName} (or, given a fixed name, a {@code name}), the
 * other kinds a {@code name}.
 */
public record Metadata(String name, String generateName, Map<String, String> labels, Map<String, String> annotations)
    implements YamlMapping {
  @Override
  public void forEachProperty(BiConsumer<String, Object> each) {
    each.accept("name", name);
    each.accept("generateName", generateName);
    each.accept("labels", labels);
    each.accept("annotations", annotations);
  }

  public static Metadata named(String name, Map<String, String> labels, Map<String, String> annotations) {
    return new Metadata(name, null, labels, annotations);
  }

  /** A name Kubernetes completes with a random suffix, for each Workflow submitted. */
  public static Metadata generated(String prefix, Map<String, String> labels, Map<String, String> annotations) {
    return new Metadata(null, prefix, labels, annotations);
  }
}
