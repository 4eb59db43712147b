package dev.jera.samples.argo;

import dev.jera.Template;
import dev.jera.Workflow;

/**
 * Argo's {@code examples/hello-world.yaml}: the workflow is one template, {@code hello-world}, that
 * prints "hello world"; it is kept out of the workflow archive (the label) and described (the
 * annotation).
 */
@Workflow(
    name = "hello-world",
    entrypoint = "hello-world",
    labels = "workflows.argoproj.io/archive-strategy=false",
    annotations = "workflows.argoproj.io/description=This is a simple hello world example.\n")
public class HelloWorld {
  /** Prints "hello world". */
  @Template
  public static void helloWorld() {
    System.out.println("hello world");
  }
}
