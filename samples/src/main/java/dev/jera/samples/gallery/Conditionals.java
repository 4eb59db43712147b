package dev.jera.samples.gallery;

import dev.jera.Param;
import dev.jera.Script;
import dev.jera.Style;
import dev.jera.Workflow;

/**
 * After Argo's {@code examples/conditionals.yaml}: a step that runs only when the workflow parameter
 * {@code should-print} is true ({@code when}), and is Skipped otherwise. The expression is checked
 * at compile time, including that {@code should-print} is a declared parameter.
 *
 * <p>Jera's own sample, not a port: the gallery shows features, so it differs from the upstream file
 * (default {@code true} → {@code false}; 2 of 3 steps dropped; entrypoint input dropped). The faithful
 * ports, compared with the upstream files, are in {@code dev.jera.samples.argo}.
 */
@Workflow(name = "gallery-conditionals", style = Style.STEPS)
@Param(value = "should-print", defaultValue = "false", allowed = {"true", "false"})
public class Conditionals {

  @Script(when = "{{workflow.parameters.should-print}} == true")
  public static String printHello() {
    return "hello";
  }
}
