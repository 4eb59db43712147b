package dev.jera.samples.argo;

import dev.jera.Call;
import dev.jera.Hook;
import dev.jera.Script;
import dev.jera.Style;
import dev.jera.Template;
import dev.jera.Workflow;

/**
 * Argo's {@code examples/template-on-exit.yaml}: the steps template {@code step-template} runs {@code stepA},
 * then {@code stepB}, each calling {@code hello-world}; each has the exit hook {@code exit-container}, which
 * runs once that step has ended, before the next.
 */
@Workflow(name = "container-on-exit", entrypoint = "step-template", style = Style.STEPS,
    labels = "workflows.argoproj.io/no-test=environment")
public class TemplateOnExit {
  /** Prints {@code hello world}, as upstream's {@code echo}. */
  @Template(name = "hello-world")
  public static void helloWorld() {
    System.out.println("hello world");
  }

  /** Prints {@code goodbye world}, as upstream's {@code echo}. */
  @Template(name = "exit-container")
  public static void exitContainer() {
    System.out.println("goodbye world");
  }

  @Script(name = "stepA") @Call(template = "hello-world")
  static void stepA() {}

  @Script(name = "stepB", after = "stepA") @Call(template = "hello-world")
  static void stepB() {}

  /** The exit hook of both steps. */
  @Hook(on = {"stepA", "stepB"}) @Call(template = "exit-container")
  static void cleanup() {}
}
