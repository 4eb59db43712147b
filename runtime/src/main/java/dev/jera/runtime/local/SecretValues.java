package dev.jera.runtime.local;

import dev.jera.runtime.runner.SecretEnv;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Finds a value for every Secret key the workflow's scripts read, before any step runs: given on the
 * command line ({@code --secret name/key=value}), else from the environment variable the step itself
 * would read ({@code JERA_SECRET_<NAME>_<KEY>}).
 */
public final class SecretValues {
  private SecretValues() {}

  /**
   * The value of every secret, by {@code secret/key}.
   *
   * @param workflow the workflow's name, for messages
   * @param given values given explicitly, by {@code secret/key}
   * @param environment the environment to fall back on
   * @throws InvalidRunException naming the first secret with no value
   */
  public static Map<String, String> check(String workflow, Manifest manifest, Map<String, String> given,
      Map<String, String> environment) {
    Map<String, String> values = new LinkedHashMap<>();
    for (ScriptTemplate script : manifest.scripts()) {
      for (SecretRef secret : script.secrets()) {
        if (values.containsKey(secret.displayName())) {
          continue;
        }
        String variable = SecretEnv.variable(secret.secret(), secret.key());
        String value = given.get(secret.displayName());
        if (value == null) {
          value = environment.get(variable);
        }
        if (value == null) {
          throw new InvalidRunException("workflow '" + workflow + "' needs secret " + secret.displayName()
              + " (step '" + script.name() + "'); give it with --secret " + secret.displayName()
              + "=VALUE or the environment variable " + variable);
        }
        values.put(secret.displayName(), value);
      }
    }
    return values;
  }
}
