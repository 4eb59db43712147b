package dev.jera.local.values;

import dev.jera.local.manifest.EnvSource;
import dev.jera.local.manifest.EnvVariable;
import dev.jera.local.manifest.PodTemplate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The environment variables of one step, built as Kubernetes builds a container's: every key of each
 * {@code envFrom} source in order (prefixed), then each {@code env} entry, a later name winning. Plain
 * values are substituted; Secret and ConfigMap keys take the values the run was given, by
 * {@code name/key}; a missing optional key is left out.
 */
public final class StepEnvironment {
  private StepEnvironment() {}

  /**
   * @throws CallProblem when a key that is not optional has no value
   */
  public static Map<String, String> of(PodTemplate template, Variables variables, Map<String, String> secrets,
      Map<String, String> configMaps) {
    Map<String, String> environment = new LinkedHashMap<>();
    for (EnvSource source : template.envFrom()) {
      String name = source.configMap() != null ? source.configMap() : source.secret();
      Map<String, String> values = source.configMap() != null ? configMaps : secrets;
      values.forEach((reference, value) -> {
        if (reference.startsWith(name + "/")) {
          environment.put(source.prefix() + reference.substring(name.length() + 1), value);
        }
      });
    }
    environment.putAll(of(template.env(), variables, secrets, configMaps));
    return environment;
  }

  /**
   * The variables {@code env} gives (a sidecar's or init container's, or a step's own).
   *
   * @throws CallProblem when a key that is not optional has no value
   */
  public static Map<String, String> of(java.util.List<EnvVariable> env, Variables variables, Map<String, String> secrets,
      Map<String, String> configMaps) {
    Map<String, String> environment = new LinkedHashMap<>();
    for (EnvVariable variable : env) {
      if (variable instanceof EnvVariable.Plain) {
        environment.put(variable.name(), variables.substitute(((EnvVariable.Plain) variable).value()));
      } else if (variable instanceof EnvVariable.FromSecret) {
        EnvVariable.FromSecret secret = (EnvVariable.FromSecret) variable;
        String value = secrets.get(secret.displayName());
        if (value != null) {
          environment.put(secret.name(), value);
        } else if (!secret.optional()) {
          throw new CallProblem("secret " + secret.displayName() + " is not set");
        }
      } else {
        EnvVariable.FromConfigMap configMap = (EnvVariable.FromConfigMap) variable;
        String value = configMaps.get(configMap.key().displayName());
        if (value != null) {
          environment.put(configMap.name(), value);
        } else if (!configMap.optional()) {
          throw new CallProblem("ConfigMap key " + configMap.key().displayName() + " is not set");
        }
      }
    }
    return environment;
  }
}
