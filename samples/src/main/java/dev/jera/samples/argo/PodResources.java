package dev.jera.samples.argo;

import dev.jera.Template;
import dev.jera.Workflow;

/**
 * Argo's {@code examples/pod-resources.yaml}: the template {@code hello-world} prints "hello world" in a
 * pod whose resources are requested and limited for the pod as a whole ({@code podResources}: 100m CPU
 * and 64Mi requested, one CPU and 512Mi at most).
 */
@Workflow(name = "pod-resources", entrypoint = "hello-world")
@dev.jera.PodResources(cpu = "100m", memory = "64Mi", cpuLimit = "1", memoryLimit = "512Mi")
public class PodResources {
  /** Prints "hello world". */
  @Template
  public static void helloWorld() {
    System.out.println("hello world");
  }
}
