package dev.jera.processor.emit.argo;

import dev.jera.processor.emit.yaml.YamlMapping;
import java.util.List;
import java.util.function.BiConsumer;

/** A parameter: Argo types its value, default and enum entries as strings. */
public record Parameter(
    String name,
    String value,
    String defaultValue,
    ValueFrom valueFrom,
    List<String> allowed,
    String description) implements YamlMapping {
  @Override
  public void forEachProperty(BiConsumer<String, Object> each) {
    each.accept("name", name);
    each.accept("value", value);
    each.accept("default", defaultValue);
    each.accept("valueFrom", valueFrom);
    each.accept("enum", allowed);
    each.accept("description", description);
  }

  /** As the canonical constructor, without {@code valueFrom}. */
  public Parameter(String name, String value, String defaultValue, List<String> allowed, String description) {
    this(name, value, defaultValue, null, allowed, description);
  }

  public static Parameter named(String name) {
    return new Parameter(name, null, null, null, null);
  }

  public static Parameter of(String name, String value) {
    return new Parameter(name, value, null, null, null);
  }

  /**
   * A workflow's parameter: the value it has unless the submission gives another (Argo's {@code value}
   * of a workflow argument), its allowed values and description, each null when absent.
   */
  public static Parameter declared(String name, String value, List<String> allowed, String description) {
    return new Parameter(name, value, null, allowed, description);
  }

  /**
   * {@code valueFrom} of a workflow argument or an input: a ConfigMap's key, and the value to take when
   * the ConfigMap or the key does not exist ({@code default}).
   */
  public record ValueFrom(EnvVar.KeyRef configMapKeyRef, String defaultValue) implements YamlMapping {
    @Override
    public void forEachProperty(BiConsumer<String, Object> each) {
      each.accept("configMapKeyRef", configMapKeyRef);
      each.accept("default", defaultValue);
    }
  }
}
