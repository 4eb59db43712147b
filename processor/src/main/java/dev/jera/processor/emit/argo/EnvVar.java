package dev.jera.processor.emit.argo;

import dev.jera.processor.emit.yaml.YamlMapping;
import java.util.function.BiConsumer;

/** An environment variable: a plain value, or a key of a Secret or ConfigMap. */
public record EnvVar(String name, String value, ValueFrom valueFrom) implements YamlMapping {
  @Override
  public void forEachProperty(BiConsumer<String, Object> each) {
    each.accept("name", name);
    each.accept("value", value);
    each.accept("valueFrom", valueFrom);
  }

  public static EnvVar plain(String variable, String value) {
    return new EnvVar(variable, value, null);
  }

  public static EnvVar fromSecret(String variable, String secret, String key) {
    return new EnvVar(variable, null, new ValueFrom(new KeyRef(secret, key), null));
  }

  public static EnvVar fromConfigMap(String variable, String configMap, String key) {
    return new EnvVar(variable, null, new ValueFrom(null, new KeyRef(configMap, key)));
  }

  /** {@code valueFrom}. */
  public record ValueFrom(KeyRef secretKeyRef, KeyRef configMapKeyRef) implements YamlMapping {
    @Override
    public void forEachProperty(BiConsumer<String, Object> each) {
      each.accept("secretKeyRef", secretKeyRef);
      each.accept("configMapKeyRef", configMapKeyRef);
    }
  }

  /** {@code secretKeyRef} or {@code configMapKeyRef}. */
  public record KeyRef(String name, String key) implements YamlMapping {
    @Override
    public void forEachProperty(BiConsumer<String, Object> each) {
      each.accept("name", name);
      each.accept("key", key);
    }
  }
}
