package dev.jera.samples.argo;

import dev.jera.Call;
import dev.jera.Script;
import dev.jera.Style;
import dev.jera.Suspend;
import dev.jera.Template;
import dev.jera.Workflow;

/**
 * Argo's {@code examples/suspend-template.yaml}: the steps template {@code suspend} runs {@code build}, then
 * {@code approve}, which waits until someone resumes it ({@code argo resume}; locally {@code --resume approve}),
 * then {@code delay}, which waits 20 seconds, then {@code release}.
 */
@Workflow(name = "suspend-template", entrypoint = "suspend", style = Style.STEPS,
    labels = "workflows.argoproj.io/no-test=environment")
public class SuspendTemplate {
  /** Waits until resumed. */
  @Template @Suspend
  public static void approve() {}

  /** Waits 20 seconds (upstream writes the bare number: seconds). */
  @Template @Suspend(duration = "20")
  public static void delay() {}

  /** Prints {@code hello world}, as upstream's {@code echo}. */
  @Template(name = "hello-world")
  public static void helloWorld() {
    System.out.println("hello world");
  }

  @Script @Call(template = "hello-world")
  static void build() {}

  @Script(name = "approve", after = "build") @Call(template = "approve")
  static void approveStep() {}

  @Script(name = "delay", after = "approve") @Call(template = "delay")
  static void delayStep() {}

  @Script(after = "delay") @Call(template = "hello-world")
  static void release() {}
}
