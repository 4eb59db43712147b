package dev.jera.local.manifest;

/**
 * An input parameter of a template.
 *
 * @param name its name
 * @param value its {@code value} (an exit handler's inputs carry their own), or {@code null}
 * @param defaultValue its {@code default}, or {@code null}
 * @param allowed its {@code enum}: the values it may take; empty for any
 * @param configMap the ConfigMap key its value comes from ({@code valueFrom.configMapKeyRef}) unless the
 *     caller passes one, or {@code null}
 * @param configMapDefault its {@code valueFrom.default}: the value when that key does not exist, or {@code null}
 */
public record InputParameter(String name, String value, String defaultValue, java.util.List<String> allowed,
    ConfigMapKey configMap, String configMapDefault) {
  /** Copies the list. */
  public InputParameter {
    allowed = java.util.List.copyOf(allowed);
  }

  /** An input that takes any value, of no ConfigMap. */
  public InputParameter(String name, String value, String defaultValue) {
    this(name, value, defaultValue, java.util.List.of(), null, null);
  }

  /** An input of no ConfigMap, that takes one of {@code allowed} (any, when empty). */
  public InputParameter(String name, String value, String defaultValue, java.util.List<String> allowed) {
    this(name, value, defaultValue, allowed, null, null);
  }

  /** An input that takes any value, read from {@code configMap} unless the caller passes one. */
  public InputParameter(String name, String value, String defaultValue, ConfigMapKey configMap, String configMapDefault) {
    this(name, value, defaultValue, java.util.List.of(), configMap, configMapDefault);
  }
}
