package dev.jera.processor.emit.yaml;

import java.util.function.BiConsumer;

/**
 * Data that {@link YamlWriter} writes as a mapping: it lists its own properties, by the names Argo gives
 * them and in the order they are written.
 *
 * <p>The manifests' records list them in code rather than in annotations read by reflection, which had the
 * JVM generate a class per accessor called (141 in a compilation of 200 workflows) and proxy classes for the
 * annotations, in every compilation. YamlWriterTest checks that every record lists each component once.
 */
public interface YamlMapping {
  /** Calls {@code each} with every property's name and value, in order; the writer leaves out {@code null} values. */
  void forEachProperty(BiConsumer<String, Object> each);
}
