package dev.jera.processor.emit.yaml;

import java.util.function.BiConsumer;

/**
 * Data that {@link YamlWriter} writes as a mapping: it lists its own properties, by the names Argo gives
 * them and in the order they are written.
 *
 * <p>The manifests' records list them in code rather than in annotations read by reflection: reading a
 * hundred records' components reflectively made the JVM generate a class per accessor and a proxy per
 * annotation, and the JIT then spent longer compiling the megamorphic walk than the writing took.
 */
public interface YamlMapping {
  /** Calls {@code each} with every property's name and value, in order; the writer leaves out {@code null} values. */
  void forEachProperty(BiConsumer<String, Object> each);
}
