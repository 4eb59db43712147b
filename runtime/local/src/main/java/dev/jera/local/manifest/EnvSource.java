package dev.jera.local.manifest;

/**
 * An {@code envFrom} entry: every key of a ConfigMap or of a Secret, each as a variable named
 * {@code prefix + key}.
 *
 * @param prefix the prefix, empty for none
 * @param configMap the ConfigMap's name ({@code configMapRef}), or {@code null}
 * @param secret the Secret's name ({@code secretRef}), or {@code null}
 * @param optional whether the step runs without it when no key of it is given
 */
public record EnvSource(String prefix, String configMap, String secret, boolean optional) {

  /** {@code configMap NAME} or {@code secret NAME}, for messages. */
  public String displayName() {
    return configMap != null ? "configMap " + configMap : "secret " + secret;
  }
}
