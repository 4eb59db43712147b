package dev.jera.samples.argo;

import dev.jera.Call;
import dev.jera.Script;
import dev.jera.Template;
import dev.jera.Value;
import dev.jera.Workflow;

/**
 * Argo's {@code examples/dag-multiroot.yaml}: the DAG {@code multiroot} with two roots, A and B; C
 * waits for A, D for A and B. Each task calls the template {@code echo} with its own name.
 */
@Workflow(name = "dag-multiroot", entrypoint = "multiroot")
public class DagMultiroot {
  /** Prints its input. */
  @Template
  public static void echo(String message) {
    System.out.println(message);
  }

  @Script(name = "A") @Call(template = "echo")
  static void a(@Value("A") String message) {}

  @Script(name = "B") @Call(template = "echo")
  static void b(@Value("B") String message) {}

  @Script(name = "C", after = "A") @Call(template = "echo")
  static void c(@Value("C") String message) {}

  @Script(name = "D", after = {"A", "B"}) @Call(template = "echo")
  static void d(@Value("D") String message) {}
}
