package dev.jera.samples.argo;

import dev.jera.Param;
import dev.jera.Template;
import dev.jera.Value;
import dev.jera.Workflow;

/**
 * Argo's {@code examples/global-parameters.yaml}: the template {@code print-message} takes no input
 * and prints the workflow parameter {@code message} ("hello world" by default). Upstream's container
 * reads {@code {{workflow.parameters.message}}} in its command; a Java template receives it through
 * an input fixed to that value.
 */
@Workflow(name = "global-parameters", entrypoint = "print-message")
@Param(value = "message", defaultValue = "hello world")
public class GlobalParameters {
  /** Prints the workflow parameter. */
  @Template
  public static void printMessage(@Value("{{workflow.parameters.message}}") String message) {
    System.out.println(message);
  }
}
