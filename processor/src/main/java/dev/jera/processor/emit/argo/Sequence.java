package dev.jera.processor.emit.argo;

import dev.jera.processor.emit.yaml.YamlMapping;
import java.util.function.BiConsumer;

/** {@code withSequence}: numbers as strings, as Argo types them. */
public record Sequence(String count, String start, String end, String format) implements YamlMapping {
  @Override
  public void forEachProperty(BiConsumer<String, Object> each) {
    each.accept("count", count);
    each.accept("start", start);
    each.accept("end", end);
    each.accept("format", format);
  }
}
