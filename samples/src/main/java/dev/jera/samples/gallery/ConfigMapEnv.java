package dev.jera.samples.gallery;

import dev.jera.Env;
import dev.jera.EnvFrom;
import dev.jera.Script;
import dev.jera.Workflow;
import java.util.Map;

/**
 * After Argo's {@code examples/arguments-parameters-from-configmap.yaml} reads a value of the ConfigMap
 * {@code simple-parameters} (key {@code msg}, from {@code examples/configmaps/simple-parameters-configmap.yaml})
 * into a parameter. Jera hands ConfigMaps to steps as environment variables: one key with
 * {@code @Env(configMap, key)}, every key of another ConfigMap with {@code @EnvFrom} (here prefixed
 * {@code APP_}), next to a plain {@code @Env(value)}. The step reads them as any Java program does.
 *
 * <p>Jera's own sample, not a port: the gallery shows features, so it differs from the upstream file (an
 * env var instead of an input parameter; extra envFrom and env). The faithful ports, compared with the
 * upstream files, are in {@code dev.jera.samples.argo}.
 */
@Workflow(name = "gallery-configmap-env")
@EnvFrom(configMap = "app-settings", prefix = "APP_")
@Env(name = "REGION", value = "eu-west-1")
public class ConfigMapEnv {

  @Script
  @Env(name = "MESSAGE", configMap = "simple-parameters", key = "msg")
  public static String printMessage() {
    return render(System.getenv());
  }

  static String render(Map<String, String> env) {
    return env.getOrDefault("MESSAGE", "(no message)") + " from " + env.getOrDefault("REGION", "nowhere")
        + ", log level " + env.getOrDefault("APP_LOG_LEVEL", "info");
  }
}
