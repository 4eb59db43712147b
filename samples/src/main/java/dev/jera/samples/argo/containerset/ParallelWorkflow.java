package dev.jera.samples.argo.containerset;

import dev.jera.ContainerSet;
import dev.jera.Script;
import dev.jera.Workflow;

/**
 * Argo's {@code examples/container-set-template/parallel-workflow.yaml}: the container set {@code main}
 * runs {@code a} and {@code b} side by side in one pod.
 */
@Workflow(
    name = "parallel",
    entrypoint = "main",
    annotations = "workflows.argoproj.io/description="
        + "This workflow demonstrates running parallel containers within a single pod.\n")
public class ParallelWorkflow {
  /** The pod: each member says hello, as upstream's {@code argosay} does with no arguments. */
  @ContainerSet(name = "main")
  public static class Main {
    @Script
    public static void a() {
      System.out.println("hello argo");
    }

    @Script
    public static void b() {
      System.out.println("hello argo");
    }
  }
}
