package dev.jera.local.manifest;

import dev.jera.runner.SecretEnv;

/** An environment variable of a pod template's container ({@code env[]}). */
public sealed interface EnvVariable {
  /** The variable's name. */
  String name();

  /** Whether Jera's runner reads it through {@code StepInputs}, so a step in this JVM needs no process of its own. */
  default boolean readByRunner() {
    return false;
  }

  /**
   * A variable with a value of its own ({@code value}); {@code {{…}}} tags are substituted.
   *
   * @param name its name
   * @param value its value as written, empty when absent
   */
  record Plain(String name, String value) implements EnvVariable {}

  /**
   * A variable taken from a key of a Secret ({@code valueFrom.secretKeyRef}).
   *
   * @param name its name
   * @param secret the Secret's name
   * @param key the key
   * @param optional whether the step runs without it when the key has no value
   */
  record FromSecret(String name, String secret, String key, boolean optional) implements EnvVariable {
    @Override
    public boolean readByRunner() {
      return name.equals(SecretEnv.variable(secret, key));
    }

    /** How a user names it: {@code secret/key}. */
    public String displayName() {
      return secret + "/" + key;
    }
  }

  /**
   * A variable taken from a key of a ConfigMap ({@code valueFrom.configMapKeyRef}).
   *
   * @param name its name
   * @param key the ConfigMap and key
   * @param optional whether the step runs without it when the key has no value
   */
  record FromConfigMap(String name, ConfigMapKey key, boolean optional) implements EnvVariable {}
}
