package dev.jera.samples.argo;

import dev.jera.Call;
import dev.jera.Item;
import dev.jera.Script;
import dev.jera.Template;
import dev.jera.Value;
import dev.jera.Workflow;

/**
 * Argo's {@code examples/loops-dag.yaml}: in the DAG {@code loops-dag}, A prints "A", then B prints
 * each of foo, bar and baz, then C prints "C"; each task calls {@code print-message}.
 */
@Workflow(name = "loops-dag", entrypoint = "loops-dag")
public class LoopsDag {
  /** Prints its input. */
  @Template
  public static void printMessage(String message) {
    System.out.println(message);
  }

  @Script(name = "A") @Call(template = "print-message")
  static void a(@Value("A") String message) {}

  @Script(name = "B", depends = "A", items = {"foo", "bar", "baz"}) @Call(template = "print-message")
  static void b(@Item String message) {}

  @Script(name = "C", depends = "B") @Call(template = "print-message")
  static void c(@Value("C") String message) {}
}
