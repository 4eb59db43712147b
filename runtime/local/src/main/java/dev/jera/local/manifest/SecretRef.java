package dev.jera.local.manifest;

/**
 * An environment variable of a script taken from a key of a Kubernetes Secret.
 *
 * @param variable the variable's name
 * @param secret the Secret's name
 * @param key the key in the Secret
 */
public record SecretRef(String variable, String secret, String key) {
  /** How a user names it: {@code secret/key}. */
  public String displayName() {
    return secret + "/" + key;
  }
}
