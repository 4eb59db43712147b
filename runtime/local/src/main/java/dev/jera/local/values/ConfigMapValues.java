package dev.jera.local.values;

import dev.jera.local.InvalidRunException;
import dev.jera.local.LocalRun;
import dev.jera.local.manifest.ConfigMapKey;
import dev.jera.local.manifest.EnvSource;
import dev.jera.local.manifest.EnvVariable;
import dev.jera.local.manifest.PodTemplate;
import dev.jera.local.manifest.Synchronization;
import dev.jera.local.manifest.WorkflowManifest;
import dev.jera.runner.SecretEnv;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Finds the ConfigMap values a run needs, before any step runs, as {@link SecretValues} does for
 * Secrets: a key a step reads ({@code configMapKeyRef}) is given with {@code --config-map name/key=value}
 * (or {@link LocalRun#configMap}), else taken from the environment variable
 * {@code JERA_CONFIGMAP_<NAME>_<KEY>} (upper case, other characters than letters and digits as
 * {@code _}); a ConfigMap a step takes whole ({@code envFrom}) gives the keys given for it (an
 * environment cannot list a ConfigMap's keys) and needs one at least, unless optional. A semaphore's
 * limit is the value of its key, found the same way, else 1; it must be a positive whole number. The
 * keys workflow parameters and inputs take their values from ({@code valueFrom.configMapKeyRef}) are
 * found the same way, but not required here: a parameter's is checked by {@link ParameterValues}, an
 * input's when its step starts.
 */
public final class ConfigMapValues {
  private ConfigMapValues() {}

  /** The environment variable for key {@code key} of ConfigMap {@code name}. */
  public static String variable(String name, String key) {
    return "JERA_CONFIGMAP_" + SecretEnv.normalise(name) + "_" + SecretEnv.normalise(key);
  }

  /**
   * Every value given, and those found in the environment for the keys steps read, by {@code name/key}.
   *
   * @param workflow the workflow's name, for messages
   * @param given values given explicitly, by {@code name/key}
   * @param environment the environment to fall back on
   * @throws InvalidRunException naming the first ConfigMap key with no value, or a bad semaphore limit
   */
  public static Map<String, String> check(String workflow, WorkflowManifest manifest, Map<String, String> given,
      Map<String, String> environment) {
    return check(workflow, manifest, given, environment, Advice.COMMAND_LINE);
  }

  /**
   * As {@link #check(String, WorkflowManifest, Map, Map)}, a missing key's message saying how to give it as
   * {@code advice} does.
   */
  public static Map<String, String> check(String workflow, WorkflowManifest manifest, Map<String, String> given,
      Map<String, String> environment, Advice advice) {
    Map<String, String> values = new LinkedHashMap<>(given);
    for (PodTemplate template : manifest.podTemplates()) {
      for (EnvVariable variable : template.allEnv()) {
        if (variable instanceof EnvVariable.FromConfigMap) {
          EnvVariable.FromConfigMap reference = (EnvVariable.FromConfigMap) variable;
          String value = find(reference.key(), values, environment);
          if (value == null && !reference.optional()) {
            throw new InvalidRunException("workflow '" + workflow + "' needs ConfigMap key " + reference.key().displayName()
                + " (step '" + template.name() + "'); give it with "
                + advice.configMap(reference.key().configMap(), reference.key().key()));
          }
        }
      }
      for (EnvSource source : template.envFrom()) {
        if (source.configMap() != null && !source.optional()
            && values.keySet().stream().noneMatch(key -> key.startsWith(source.configMap() + "/"))) {
          throw new InvalidRunException("workflow '" + workflow + "' needs the keys of ConfigMap " + source.configMap()
              + " (envFrom of step '" + template.name() + "'); give each with " + advice.configMapKeys(source.configMap()));
        }
      }
      limits(workflow, "step '" + template.name() + "'", template.synchronization(), values, environment);
      // An input read from a key (valueFrom.configMapKeyRef) needs it only when its caller passes no value:
      // the step says so if it is missing then, as Argo's controller does.
      template.inputs().stream().filter(input -> input.configMap() != null)
          .forEach(input -> find(input.configMap(), values, environment));
    }
    limits(workflow, "the workflow", manifest.synchronization(), values, environment);
    // A workflow parameter's key: ParameterValues decides whether it is needed (no value given, no default).
    manifest.parameters().stream().filter(parameter -> parameter.configMap() != null)
        .forEach(parameter -> find(parameter.configMap(), values, environment));
    return values;
  }

  private static void limits(String workflow, String holder, Synchronization synchronization, Map<String, String> values,
      Map<String, String> environment) {
    for (ConfigMapKey semaphore : synchronization.semaphores()) {
      String value = find(semaphore, values, environment);
      if (value == null) {
        continue;
      }
      int limit;
      try {
        limit = semaphoreLimit(value);
      } catch (NumberFormatException e) {
        limit = 0;
      }
      if (limit <= 0) {
        throw new InvalidRunException("ConfigMap key " + semaphore.displayName() + " is '" + value + "', but as the limit of a"
            + " semaphore of " + holder + " of workflow '" + workflow + "' it must be a positive whole number");
      }
    }
  }

  /** The value of {@code key}: given, else from the environment (then kept with the given ones). */
  private static String find(ConfigMapKey key, Map<String, String> values, Map<String, String> environment) {
    String value = values.get(key.displayName());
    if (value == null) {
      value = environment.get(variable(key.configMap(), key.key()));
      if (value != null) {
        values.put(key.displayName(), value);
      }
    }
    return value;
  }

  /**
   * The limit of a semaphore held in a ConfigMap key of value {@code value} ({@code null}: none given, 1).
   *
   * @throws NumberFormatException when it is not a whole number (which the check of a run's values reports first)
   */
  public static int semaphoreLimit(String value) {
    return value == null ? 1 : Integer.parseInt(value.strip());
  }
}
