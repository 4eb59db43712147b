package dev.jera.samples.argo;

import dev.jera.Call;
import dev.jera.Script;
import dev.jera.Style;
import dev.jera.Template;
import dev.jera.Value;
import dev.jera.Workflow;

/**
 * Argo's {@code examples/steps.yaml}: the steps template {@code hello-hello-hello} calls the template
 * {@code print-message} three times, {@code hello1} first, then {@code hello2a} and {@code hello2b}
 * in parallel, each with its own message.
 */
@Workflow(name = "steps", entrypoint = "hello-hello-hello", style = Style.STEPS)
public class Steps {
  /** Prints its input, as upstream's {@code echo} does. */
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
}
