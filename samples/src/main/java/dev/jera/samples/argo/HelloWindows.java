package dev.jera.samples.argo;

import dev.jera.Pod;
import dev.jera.Template;
import dev.jera.Workflow;

/**
 * Argo's {@code examples/hello-windows.yaml}: the template {@code hello-win} runs on a Windows node
 * ({@code kubernetes.io/os: windows}) and prints a greeting. Its image must hold a Windows JRE; the
 * node selector means nothing on one machine, so a local run prints the greeting here.
 */
@Workflow(name = "hello-windows", entrypoint = "hello-win")
public class HelloWindows {
  /** Prints a greeting from the Windows container. */
  @Template
  @Pod(nodeSelector = "kubernetes.io/os=windows")
  public static void helloWin() {
    System.out.println("Hello from Windows Container!");
  }
}
