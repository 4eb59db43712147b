package dev.jera.samples.argo;

import dev.jera.Param;
import dev.jera.Pod;
import dev.jera.Template;
import dev.jera.Workflow;

/**
 * Argo's {@code examples/pod-spec-patch-wf-tmpl.yaml}: both patches at once. The workflow's YAML
 * {@code podSpecPatch} limits every main container's memory to {@code mem-limit}, the template's JSON
 * one limits its CPU to {@code cpu-limit}. Upstream's generated name repeats pod-spec-patch.yaml's; the
 * port's is its own.
 */
@Workflow(name = "pod-spec-patch-wf-tmpl", entrypoint = "hello-world")
@Param(value = "cpu-limit", defaultValue = "100m")
@Param(value = "mem-limit", defaultValue = "100Mi")
@Pod(specPatch = "containers:\n"
    + "  - name: main\n"
    + "    resources:\n"
    + "      limits:\n"
    + "        memory: \"{{workflow.parameters.mem-limit}}\"\n")
public class PodSpecPatchWfTmpl {
  /** Prints "hello world". */
  @Template
  @Pod(specPatch = "{\"containers\":[{\"name\":\"main\", \"resources\":{\"limits\":{\"cpu\": \"{{workflow.parameters.cpu-limit}}\" }}}]}")
  public static void helloWorld() {
    System.out.println("hello world");
  }
}
