package dev.jera.processor.emit.argo;

import dev.jera.processor.emit.yaml.YamlMapping;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * A {@code dag} template's tasks, the targets it runs ({@code null}: all), and whether a failure stops new
 * ones ({@code null}: Argo's default).
 */
public record Dag(String target, Boolean failFast, List<DagTask> tasks) implements YamlMapping {
  @Override
  public void forEachProperty(BiConsumer<String, Object> each) {
    each.accept("target", target);
    each.accept("failFast", failFast);
    each.accept("tasks", tasks);
  }
}
