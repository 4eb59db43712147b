package dev.jera.samples.argo;

import dev.jera.Param;
import dev.jera.Pod;
import dev.jera.Template;
import dev.jera.Workflow;

/**
 * Argo's {@code examples/pod-spec-yaml-patch.yaml}: the template {@code hello-world} prints "hello
 * world"; the workflow's YAML {@code podSpecPatch} limits every main container's memory to the workflow
 * parameter {@code mem-limit} (100Mi unless the submission gives another). Upstream's generated name
 * repeats pod-spec-patch.yaml's; the port's is its own.
 */
@Workflow(name = "pod-spec-yaml-patch", entrypoint = "hello-world")
@Param(value = "mem-limit", defaultValue = "100Mi")
@Pod(specPatch = "containers:\n"
    + "  - name: main\n"
    + "    resources:\n"
    + "      limits:\n"
    + "        memory: \"{{workflow.parameters.mem-limit}}\"\n")
public class PodSpecYamlPatch {
  /** Prints "hello world". */
  @Template
  public static void helloWorld() {
    System.out.println("hello world");
  }
}
