package dev.jera.samples.argo;

import dev.jera.Param;
import dev.jera.Template;
import dev.jera.Workflow;

/**
 * Argo's {@code examples/arguments-parameters.yaml}: the workflow starts at the template
 * {@code print-message}, whose input {@code message} takes the workflow parameter of that name
 * ("hello world" unless the submission gives another).
 */
@Workflow(name = "arguments-parameters", entrypoint = "print-message")
@Param(value = "message", defaultValue = "hello world")
public class ArgumentsParameters {
  /** Prints its input. */
  @Template
  public static void printMessage(String message) {
    System.out.println(message);
  }
}
