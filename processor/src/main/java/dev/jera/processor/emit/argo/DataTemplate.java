package dev.jera.processor.emit.argo;

import dev.jera.processor.emit.yaml.YamlMapping;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * A template's {@code data}: the files of {@code source.artifactPaths} listed, then transformed in order.
 */
public record DataTemplate(Source source, List<Step> transformation) implements YamlMapping {
  @Override
  public void forEachProperty(BiConsumer<String, Object> each) {
    each.accept("source", source);
    each.accept("transformation", transformation);
  }

  /** {@code source}: the artifact whose files are listed. */
  public record Source(Artifact artifactPaths) implements YamlMapping {
    @Override
    public void forEachProperty(BiConsumer<String, Object> each) {
      each.accept("artifactPaths", artifactPaths);
    }
  }

  /** A {@code transformation} step. */
  public record Step(String expression) implements YamlMapping {
    @Override
    public void forEachProperty(BiConsumer<String, Object> each) {
      each.accept("expression", expression);
    }
  }
}
