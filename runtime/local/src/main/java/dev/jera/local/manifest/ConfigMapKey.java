package dev.jera.local.manifest;

/**
 * A key of a Kubernetes ConfigMap, as {@code configMapKeyRef} names it.
 *
 * @param configMap the ConfigMap's name
 * @param key the key
 */
public record ConfigMapKey(String configMap, String key) {
  /** How a user names it: {@code configMap/key}. */
  public String displayName() {
    return configMap + "/" + key;
  }
}
