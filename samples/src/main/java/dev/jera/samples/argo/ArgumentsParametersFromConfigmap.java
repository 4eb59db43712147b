package dev.jera.samples.argo;

import dev.jera.Param;
import dev.jera.Template;
import dev.jera.Workflow;

/**
 * Argo's {@code examples/arguments-parameters-from-configmap.yaml}: the workflow is the template
 * {@code print-message-from-configmap}, whose input {@code message} is read from key {@code msg} of the
 * ConfigMap {@code simple-parameters} (upstream's {@code examples/configmaps/simple-parameters-configmap.yaml},
 * labelled {@code workflows.argoproj.io/configmap-type: Parameter}) when the step starts. Locally:
 * {@code jera run arguments-parameters-from-configmap --config-map simple-parameters/msg='hello world'}.
 */
@Workflow(name = "arguments-parameters-from-configmap", entrypoint = "print-message-from-configmap",
    annotations = "workflows.argoproj.io/description=This example demonstrates loading parameter values from a ConfigMap.\n"
        + "Note that the \"simple-parameters\" ConfigMap (defined in `examples/configmaps/simple-parameters-configmap.yaml`)"
        + " needs to be created first before submitting this workflow.\n")
public class ArgumentsParametersFromConfigmap {
  /** Prints its input, read from the ConfigMap. */
  @Template
  public static void printMessageFromConfigmap(@Param(value = "message", configMap = "simple-parameters/msg") String message) {
    System.out.println(message);
  }
}
