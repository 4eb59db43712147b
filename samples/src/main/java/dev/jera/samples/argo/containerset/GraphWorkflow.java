package dev.jera.samples.argo.containerset;

import dev.jera.ContainerSet;
import dev.jera.Script;
import dev.jera.Workflow;

/**
 * Argo's {@code examples/container-set-template/graph-workflow.yaml}: the container set {@code main} runs
 * {@code a}, then {@code b} and {@code c} together, then {@code d}, in one pod.
 */
@Workflow(
    name = "graph",
    entrypoint = "main",
    annotations = "workflows.argoproj.io/description="
        + "This workflow demonstrates running a graph of tasks within containers in a single pod.\n")
public class GraphWorkflow {
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

    @Script(after = "a")
    public static void c() {
      System.out.println("hello argo");
    }

    @Script(after = {"b", "c"})
    public static void d() {
      System.out.println("hello argo");
    }
  }
}
