package dev.jera.processor.emit.argo;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** An environment variable taken from a key of a Secret. */
@JsonPropertyOrder({"name", "valueFrom"})
public record EnvVar(String name, ValueFrom valueFrom) {

  public static EnvVar fromSecret(String variable, String secret, String key) {
    return new EnvVar(variable, new ValueFrom(new SecretKeyRef(secret, key)));
  }

  /** {@code valueFrom}. */
  public record ValueFrom(SecretKeyRef secretKeyRef) {}

  /** {@code secretKeyRef}. */
  @JsonPropertyOrder({"name", "key"})
  public record SecretKeyRef(String name, String key) {}
}
