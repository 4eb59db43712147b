package dev.jera.samples.argo;

import dev.jera.Param;
import dev.jera.Template;
import dev.jera.Workflow;

/**
 * Argo's {@code examples/global-parameters-from-configmap-referenced-as-local-variable.yaml}: the workflow
 * parameter {@code message}, read from key {@code msg} of the ConfigMap {@code simple-parameters}, is the
 * argument of the entrypoint {@code print-message}'s input of that name. (Upstream's generateName,
 * {@code global-parameter-from-configmap-referenced-as-local-variable-}, is longer than a Workflow's name
 * may be; the port is shorter.)
 */
@Workflow(name = "global-parameter-from-configmap-as-local-variable", entrypoint = "print-message",
    annotations = "workflows.argoproj.io/description=This example demonstrates how a global parameter from a ConfigMap"
        + " can be referenced as a template local variable.\n"
        + "Note that the \"simple-parameters\" ConfigMap (defined in `examples/configmaps/simple-parameters-configmap.yaml`)"
        + " needs to be created first before submitting this workflow.\n")
@Param(value = "message", configMap = "simple-parameters/msg")
public class GlobalParametersFromConfigmapReferencedAsLocalVariable {
  /** Prints its input. */
  @Template
  public static void printMessage(String message) {
    System.out.println(message);
  }
}
