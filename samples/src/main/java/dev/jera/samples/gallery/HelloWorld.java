package dev.jera.samples.gallery;

import dev.jera.Script;
import dev.jera.Workflow;

/**
 * Argo's {@code examples/hello-world.yaml}: a workflow of one step that says hello world. Argo runs
 * {@code cowsay} in a container; here the step is a Java method, and what it returns is the step's
 * result, {@code {{tasks.whalesay.outputs.result}}}.
 */
@Workflow(name = "gallery-hello-world")
public class HelloWorld {

  @Script
  public static String whalesay() {
    return "hello world";
  }
}
