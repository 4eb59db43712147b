package dev.jera.samples.argo;

import dev.jera.Call;
import dev.jera.Item;
import dev.jera.Script;
import dev.jera.Style;
import dev.jera.Template;
import dev.jera.Workflow;

/**
 * Argo's {@code examples/loops.yaml}: the step {@code print-message-loop} of {@code loop-example} runs
 * the template {@code print-message} once per item, "hello world" and "goodbye world".
 */
@Workflow(name = "loops", entrypoint = "loop-example", style = Style.STEPS)
public class Loops {
  /** Prints its input. */
  @Template
  public static void printMessage(String message) {
    System.out.println(message);
  }

  @Script(items = {"hello world", "goodbye world"}) @Call(template = "print-message")
  static void printMessageLoop(@Item String message) {}
}
