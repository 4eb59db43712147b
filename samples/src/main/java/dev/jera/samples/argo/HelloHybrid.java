package dev.jera.samples.argo;

import dev.jera.Call;
import dev.jera.Pod;
import dev.jera.Script;
import dev.jera.Style;
import dev.jera.Template;
import dev.jera.Workflow;

/**
 * Argo's {@code examples/hello-hybrid.yaml}: {@code step1} greets from a Windows node, then
 * {@code step2} from a Linux node ({@code kubernetes.io/os} node selectors).
 */
@Workflow(name = "hello-hybrid", entrypoint = "mytemplate", style = Style.STEPS)
public class HelloHybrid {
  /** Prints a greeting from the Windows container. */
  @Template
  @Pod(nodeSelector = "kubernetes.io/os=windows")
  public static void helloWin() {
    System.out.println("Hello from Windows Container!");
  }

  /** Prints a greeting from the Linux container. */
  @Template
  @Pod(nodeSelector = "kubernetes.io/os=linux")
  public static void helloLinux() {
    System.out.println("Hello from Linux Container!");
  }

  @Script @Call(template = "hello-win")
  static void step1() {}

  @Script(after = "step1") @Call(template = "hello-linux")
  static void step2() {}
}
