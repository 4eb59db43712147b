package dev.jera.processor.emit.argo;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** An environment variable: a plain value, or a key of a Secret or ConfigMap. */
@JsonPropertyOrder({"name", "value", "valueFrom"})
public record EnvVar(String name, String value, ValueFrom valueFrom) {

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
  @JsonPropertyOrder({"secretKeyRef", "configMapKeyRef"})
  public record ValueFrom(KeyRef secretKeyRef, KeyRef configMapKeyRef) {}

  /** {@code secretKeyRef} or {@code configMapKeyRef}. */
  @JsonPropertyOrder({"name", "key"})
  public record KeyRef(String name, String key) {}
}
