package dev.jera.samples.argo;

import dev.jera.Call;
import dev.jera.Graph;
import dev.jera.Param;
import dev.jera.Script;
import dev.jera.Template;
import dev.jera.Value;
import dev.jera.Workflow;

/**
 * Argo's {@code examples/dag-targets.yaml}: the DAG {@code dag-target} runs only the tasks its workflow
 * parameter {@code target} names (default {@code E}) and those they depend on: {@code A}, {@code C} and
 * {@code E}; {@code B} and {@code D} get no node.
 */
@Workflow(name = "dag-target", entrypoint = "dag-target")
@Param(value = "target", defaultValue = "E")
@Graph(target = "{{workflow.parameters.target}}")
public class DagTargets {
  /** Prints its input, as upstream's {@code echo}. */
  @Template
  public static void echo(String message) {
    System.out.println(message);
  }

  @Script(name = "A") @Call(template = "echo")
  static void a(@Value("A") String message) {}

  @Script(name = "B", depends = "A") @Call(template = "echo")
  static void b(@Value("B") String message) {}

  @Script(name = "C", depends = "A") @Call(template = "echo")
  static void c(@Value("C") String message) {}

  @Script(name = "D", depends = "B && C") @Call(template = "echo")
  static void d(@Value("D") String message) {}

  @Script(name = "E", depends = "C") @Call(template = "echo")
  static void e(@Value("E") String message) {}
}
