package dev.jera.samples.argo;

import dev.jera.Param;
import dev.jera.Pod;
import dev.jera.Template;
import dev.jera.Workflow;

/**
 * Argo's {@code examples/pod-spec-patch.yaml}: the template {@code hello-world} prints "hello world";
 * its JSON {@code podSpecPatch} limits the main container's CPU to the workflow parameter
 * {@code cpu-limit} (100m unless the submission gives another).
 */
@Workflow(name = "pod-spec-patch", entrypoint = "hello-world")
@Param(value = "cpu-limit", defaultValue = "100m")
public class PodSpecPatch {
  /** Prints "hello world". */
  @Template
  @Pod(specPatch = "{\"containers\":[{\"name\":\"main\", \"resources\":{\"limits\":{\"cpu\": \"{{workflow.parameters.cpu-limit}}\" }}}]}")
  public static void helloWorld() {
    System.out.println("hello world");
  }
}
