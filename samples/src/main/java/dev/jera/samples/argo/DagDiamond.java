package dev.jera.samples.argo;

import dev.jera.Call;
import dev.jera.Script;
import dev.jera.Template;
import dev.jera.Value;
import dev.jera.Workflow;

/**
 * Argo's {@code examples/dag-diamond.yaml}: the DAG {@code diamond}, A first, then B and C in parallel,
 * then D, each task calling the template {@code echo} with its own name as the message.
 */
@Workflow(name = "dag-diamond", entrypoint = "diamond")
public class DagDiamond {
  /** Prints its input. */
  @Template
  public static void echo(String message) {
    System.out.println(message);
  }

  @Script(name = "A") @Call(template = "echo")
  static void a(@Value("A") String message) {}

  @Script(name = "B", after = "A") @Call(template = "echo")
  static void b(@Value("B") String message) {}

  @Script(name = "C", after = "A") @Call(template = "echo")
  static void c(@Value("C") String message) {}

  @Script(name = "D", after = {"B", "C"}) @Call(template = "echo")
  static void d(@Value("D") String message) {}
}
