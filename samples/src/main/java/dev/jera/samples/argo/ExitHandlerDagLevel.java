package dev.jera.samples.argo;

import dev.jera.Call;
import dev.jera.Hook;
import dev.jera.Script;
import dev.jera.Template;
import dev.jera.Value;
import dev.jera.Workflow;

/**
 * Argo's {@code examples/exit-handler-dag-level.yaml} (its name misspelt as upstream's): the DAG {@code main}
 * runs {@code A}, then {@code B} and {@code C}, then {@code D}, each calling {@code echo}; each task has an
 * exit hook, {@code exit} (upstream writes the older {@code onExit: exit}, which Argo reads as
 * {@code hooks: {exit: {template: exit}}}), and the tasks after it wait for it.
 */
@Workflow(name = "exit-hanlder-dag-level", entrypoint = "main", labels = "workflows.argoproj.io/no-test=flaky")
public class ExitHandlerDagLevel {
  /** Prints its input, as upstream's {@code echo}. */
  @Template
  public static void echo(String message) {
    System.out.println(message);
  }

  /** Prints {@code task cleanup}, as upstream's {@code echo}. */
  @Template
  public static void exit() {
    System.out.println("task cleanup");
  }

  @Script(name = "A") @Call(template = "echo")
  static void a(@Value("A") String message) {}

  @Script(name = "B", after = "A") @Call(template = "echo")
  static void b(@Value("B") String message) {}

  @Script(name = "C", after = "A") @Call(template = "echo")
  static void c(@Value("C") String message) {}

  @Script(name = "D", after = {"B", "C"}) @Call(template = "echo")
  static void d(@Value("D") String message) {}

  /** The exit hook of each task. */
  @Hook(on = {"A", "B", "C", "D"}) @Call(template = "exit")
  static void cleanup() {}
}
