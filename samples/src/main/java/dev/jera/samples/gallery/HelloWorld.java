package dev.jera.samples.gallery;

import dev.jera.Script;
import dev.jera.Workflow;

/**
 * After Argo's {@code examples/hello-world.yaml}: a workflow of one step that says hello world. Argo runs
 * {@code cowsay} in a container; here the step is a Java method, and what it returns is the step's
 * result, {@code {{tasks.whalesay.outputs.result}}}.
 *
 * <p>Jera's own sample, not a port: the gallery shows features, so it differs from the upstream file
 * (template {@code whalesay}, {@code main} wrapper, description annotation and archive-strategy label
 * dropped). The faithful ports, compared with the upstream files, are in {@code dev.jera.samples.argo}.
 */
@Workflow(name = "gallery-hello-world")
public class HelloWorld {

  @Script
  public static String whalesay() {
    return "hello world";
  }
}
