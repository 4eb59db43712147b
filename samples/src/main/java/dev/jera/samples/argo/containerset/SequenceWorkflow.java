package dev.jera.samples.argo.containerset;

import dev.jera.ContainerSet;
import dev.jera.Script;
import dev.jera.Workflow;

/**
 * Argo's {@code examples/container-set-template/sequence-workflow.yaml}: the container set {@code main}
 * runs {@code a}, {@code b} and {@code c} one after the other in one pod.
 */
@Workflow(
    name = "sequence",
    entrypoint = "main",
    annotations = "workflows.argoproj.io/description="
        + "This workflow demonstrates running a sequence of containers within a single pod.\n")
public class SequenceWorkflow {
  /** The pod: each member says hello, as upstream's {@code argosay} does with no arguments. */
  @ContainerSet(name = "main")
  public static class Main {
    @Script
    public static void a() {
      System.out.println("hello argo");
    }

    @Script(after = "a")
    public static void b() {
      System.out.println("hello argo");
    }

    @Script(after = "b")
    public static void c() {
      System.out.println("hello argo");
    }
  }
}
