package dev.jera.samples.argo;

import dev.jera.Param;
import dev.jera.Template;
import dev.jera.Value;
import dev.jera.Workflow;

/**
 * Argo's {@code examples/global-parameters-from-configmap.yaml}: the workflow parameter {@code message}
 * is read from key {@code msg} of the ConfigMap {@code simple-parameters} when the workflow starts, and
 * the template {@code print-message} prints it. Upstream's container reads
 * {@code {{workflow.parameters.message}}} in its command; a Java template receives it through an input
 * fixed to that value. Locally: {@code jera run global-parameter-values-from-configmap --config-map
 * simple-parameters/msg='hello world'} (or {@code -p message=…}, which wins, as on Argo).
 */
@Workflow(name = "global-parameter-values-from-configmap", entrypoint = "print-message",
    annotations = "workflows.argoproj.io/description=This example demonstrates loading global parameter values from a ConfigMap.\n"
        + "Note that the \"simple-parameters\" ConfigMap (defined in `examples/configmaps/simple-parameters-configmap.yaml`)"
        + " needs to be created first before submitting this workflow.\n")
@Param(value = "message", configMap = "simple-parameters/msg")
public class GlobalParametersFromConfigmap {
  /** Prints the workflow parameter. */
  @Template
  public static void printMessage(@Value("{{workflow.parameters.message}}") String message) {
    System.out.println(message);
  }
}
