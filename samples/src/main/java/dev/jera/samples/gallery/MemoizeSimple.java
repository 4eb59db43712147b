package dev.jera.samples.gallery;

import dev.jera.Memoize;
import dev.jera.Param;
import dev.jera.Script;
import dev.jera.Workflow;

/**
 * After Argo's {@code examples/memoize-simple.yaml}: a step whose result Argo keeps in the ConfigMap
 * {@code my-config} under the step's input; a run with the same {@code message} within 10 seconds
 * reuses it instead of running the step ({@code memoize}).
 *
 * <p>Jera's own sample, not a port: the gallery shows features, so it differs from the upstream file
 * (memoize key and cache changed; parameter added; output parameter dropped). The faithful ports,
 * compared with the upstream files, are in {@code dev.jera.samples.argo}.
 */
@Workflow(name = "gallery-memoize")
@Param(value = "message", defaultValue = "test-5")
public class MemoizeSimple {

  @Script
  @Memoize(key = "{{inputs.parameters.message}}", maxAge = "10s", cache = "my-config")
  public static String whalesay(@Param("message") String message) {
    return cowsay(message);
  }

  /** A speech bubble over a whale's spout, as {@code cowsay} draws it, in short. */
  static String cowsay(String message) {
    String line = "-".repeat(message.length() + 2);
    return " " + line + "\n< " + message + " >\n " + line + "\n    \\\n     \\\n      ~~ whale ~~";
  }
}
