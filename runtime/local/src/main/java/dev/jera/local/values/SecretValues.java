package dev.jera.local.values;

import dev.jera.local.InvalidRunException;
import dev.jera.local.manifest.EnvSource;
import dev.jera.local.manifest.EnvVariable;
import dev.jera.local.manifest.PodTemplate;
import dev.jera.local.manifest.WorkflowManifest;
import dev.jera.runner.SecretEnv;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Finds a value for every Secret key the workflow's steps read, before any step runs: given on the
 * command line ({@code --secret name/key=value}), else from the environment variable the step itself
 * would read ({@code JERA_SECRET_<NAME>_<KEY>}). A Secret a step takes whole ({@code envFrom}) gives the
 * keys given for it on the command line (an environment cannot list a Secret's keys); it needs one at
 * least, unless optional. Optional keys may have no value.
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
  public static Map<String, String> check(String workflow, WorkflowManifest manifest, Map<String, String> given,
      Map<String, String> environment) {
    return check(workflow, manifest, given, environment, Advice.COMMAND_LINE);
  }

  /**
   * As {@link #check(String, WorkflowManifest, Map, Map)}, a missing secret's message saying how to give it as
   * {@code advice} does.
   */
  public static Map<String, String> check(String workflow, WorkflowManifest manifest, Map<String, String> given,
      Map<String, String> environment, Advice advice) {
    Map<String, String> values = new LinkedHashMap<>();
    for (PodTemplate template : manifest.podTemplates()) {
      for (EnvVariable variable : template.allEnv()) {
        if (!(variable instanceof EnvVariable.FromSecret)) {
          continue;
        }
        EnvVariable.FromSecret secret = (EnvVariable.FromSecret) variable;
        if (values.containsKey(secret.displayName())) {
          continue;
        }
        String name = SecretEnv.variable(secret.secret(), secret.key());
        String value = given.get(secret.displayName());
        if (value == null) {
          value = environment.get(name);
        }
        if (value == null && !secret.optional()) {
          throw new InvalidRunException("workflow '" + workflow + "' needs secret " + secret.displayName()
              + " (step '" + template.name() + "'); give it with " + advice.secret(secret.secret(), secret.key()));
        }
        if (value != null) {
          values.put(secret.displayName(), value);
        }
      }
      for (EnvSource source : template.envFrom()) {
        if (source.secret() == null) {
          continue;
        }
        boolean found = false;
        for (Map.Entry<String, String> entry : given.entrySet()) {
          if (entry.getKey().startsWith(source.secret() + "/")) {
            values.put(entry.getKey(), entry.getValue());
            found = true;
          }
        }
        if (!found && !source.optional()) {
          throw new InvalidRunException("workflow '" + workflow + "' needs the keys of secret " + source.secret()
              + " (envFrom of step '" + template.name() + "'); give each with " + advice.secretKeys(source.secret()));
        }
      }
    }
    return values;
  }
}
