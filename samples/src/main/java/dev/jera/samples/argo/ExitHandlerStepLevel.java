package dev.jera.samples.argo;

import dev.jera.Call;
import dev.jera.Hook;
import dev.jera.Script;
import dev.jera.Style;
import dev.jera.Template;
import dev.jera.Value;
import dev.jera.Workflow;

/**
 * Argo's {@code examples/exit-handler-step-level.yaml}: the steps template {@code main} runs {@code hello1},
 * then {@code hello2a} and {@code hello2b} in parallel, each calling {@code print-message}; each step has an
 * exit hook, {@code exit}, which runs once that step has ended, and the next group waits for it.
 */
@Workflow(name = "exit-handler-step-level", entrypoint = "main", style = Style.STEPS)
public class ExitHandlerStepLevel {
  /** Prints {@code step cleanup}, as upstream's {@code echo}. */
  @Template
  public static void exit() {
    System.out.println("step cleanup");
  }

  /** Prints its input, as upstream's {@code echo}. */
  @Template
  public static void printMessage(String message) {
    System.out.println(message);
  }

  @Script @Call(template = "print-message")
  static void hello1(@Value("hello1") String message) {}

  @Script(after = "hello1") @Call(template = "print-message")
  static void hello2a(@Value("hello2a") String message) {}

  @Script(after = "hello1") @Call(template = "print-message")
  static void hello2b(@Value("hello2b") String message) {}

  /** The exit hook of each of the three steps. */
  @Hook(on = {"hello1", "hello2a", "hello2b"}) @Call(template = "exit")
  static void cleanup() {}
}
