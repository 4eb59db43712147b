package dev.jera.samples.argo;

import dev.jera.Param;
import dev.jera.Pod;
import dev.jera.Template;
import dev.jera.Workflow;

/**
 * Argo's {@code examples/node-selector.yaml}: the template {@code print-arch} runs on a node whose
 * {@code beta.kubernetes.io/arch} label is its input {@code arch} (the workflow parameter of that name,
 * amd64 unless the submission gives another) and prints the machine it runs on, as upstream's
 * {@code uname -a} does.
 */
@Workflow(name = "node-selector", entrypoint = "print-arch")
@Param(value = "arch", defaultValue = "amd64")
public class NodeSelector {
  /** Prints the operating system and architecture it runs on. */
  @Template
  @Pod(nodeSelector = "beta.kubernetes.io/arch={{inputs.parameters.arch}}")
  public static void printArch(String arch) {
    System.out.println(System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
        + System.getProperty("os.arch"));
  }
}
