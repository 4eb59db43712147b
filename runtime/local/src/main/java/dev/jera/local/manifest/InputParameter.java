package dev.jera.local.manifest;

/**
 * An input parameter of a template.
 *
 * @param name its name
 * @param value its {@code value} (an exit handler's inputs carry their own), or {@code null}
 * @param defaultValue its {@code default}, or {@code null}
 * @param configMap the ConfigMap key its value comes from ({@code valueFrom.configMapKeyRef}) unless the
 *     caller passes one, or {@code null}
 * @param configMapDefault its {@code valueFrom.default}: the value when that key does not exist, or {@code null}
 */
public record InputParameter(String name, String value, String defaultValue, ConfigMapKey configMap, String configMapDefault) {
  /** An input of no ConfigMap. */
  public InputParameter(String name, String value, String defaultValue) {
    this(name, value, defaultValue, null, null);
  }
}
