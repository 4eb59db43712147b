package dev.jera.samples.argo;

import dev.jera.Call;
import dev.jera.Graph;
import dev.jera.Param;
import dev.jera.Script;
import dev.jera.Style;
import dev.jera.Template;
import dev.jera.Value;
import dev.jera.Workflow;

/**
 * Argo's {@code examples/dag-diamond-steps.yaml}: the DAG {@code diamond} (A, then B and C, then D) whose
 * tasks each run the steps template {@code echo-thrice}, which echoes its message with 1, 2 and 3 appended.
 */
@Workflow(name = "dag-diamond-steps", entrypoint = "diamond")
public class DagDiamondSteps {
  /** Prints its input. */
  @Template
  public static void echo(String message) {
    System.out.println(message);
  }

  /** One step, fanned out over three items. */
  @Graph(name = "echo-thrice", style = Style.STEPS)
  @Param("message")
  static class EchoThrice {
    @Script(name = "echo", items = {"1", "2", "3"}) @Call(template = "echo")
    static void echo(@Value("{{inputs.parameters.message}}{{item}}") String message) {}
  }

  @Script(name = "A") @Call(template = "echo-thrice")
  static void a(@Value("A") String message) {}

  @Script(name = "B", after = "A") @Call(template = "echo-thrice")
  static void b(@Value("B") String message) {}

  @Script(name = "C", after = "A") @Call(template = "echo-thrice")
  static void c(@Value("C") String message) {}

  @Script(name = "D", after = {"B", "C"}) @Call(template = "echo-thrice")
  static void d(@Value("D") String message) {}
}
