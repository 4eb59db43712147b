package dev.jera.samples.argo;

import dev.jera.Call;
import dev.jera.Graph;
import dev.jera.Param;
import dev.jera.Script;
import dev.jera.Template;
import dev.jera.Value;
import dev.jera.Workflow;

/**
 * Argo's {@code examples/dag-nested.yaml}: the DAG {@code diamond} whose four tasks each run the nested
 * DAG {@code nested-diamond}, itself a diamond of {@code echo} tasks that print its input with their own
 * name appended.
 */
@Workflow(name = "dag-nested", entrypoint = "diamond", labels = "workflows.argoproj.io/no-test=flaky")
public class DagNested {
  /** Prints its input. */
  @Template
  public static void echo(String message) {
    System.out.println(message);
  }

  /** The nested diamond: A, then B and C, then D, each echoing the graph's message and its name. */
  @Graph(name = "nested-diamond")
  @Param("message")
  static class NestedDiamond {
    @Script(name = "A") @Call(template = "echo")
    static void a(@Value("{{inputs.parameters.message}}A") String message) {}

    @Script(name = "B", after = "A") @Call(template = "echo")
    static void b(@Value("{{inputs.parameters.message}}B") String message) {}

    @Script(name = "C", after = "A") @Call(template = "echo")
    static void c(@Value("{{inputs.parameters.message}}C") String message) {}

    @Script(name = "D", after = {"B", "C"}) @Call(template = "echo")
    static void d(@Value("{{inputs.parameters.message}}D") String message) {}
  }

  @Script(name = "A") @Call(template = "nested-diamond")
  static void a(@Value("A") String message) {}

  @Script(name = "B", after = "A") @Call(template = "nested-diamond")
  static void b(@Value("B") String message) {}

  @Script(name = "C", after = "A") @Call(template = "nested-diamond")
  static void c(@Value("C") String message) {}

  @Script(name = "D", after = {"B", "C"}) @Call(template = "nested-diamond")
  static void d(@Value("D") String message) {}
}
