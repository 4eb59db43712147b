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
 * Argo's {@code examples/loops-arbitrary-sequential-steps.yaml}: the entry steps template takes the list
 * {@code step_params} (the workflow's argument of that name) and runs {@code unit-step} once per element,
 * one at a time ({@code parallelism: 1}) and stopping at the first failure ({@code failFast}): the fourth
 * element exits 1, so the last two never run.
 */
@Workflow(name = "loop-arbitrary-sequential-steps", entrypoint = "loop-arbitrary-sequential-steps-example",
    style = Style.STEPS, labels = "workflows.argoproj.io/no-test=environment")
@Param(value = "step_params", defaultValue = """
    [
      { "exit_code": 0, "message": "succeeds 1" },
      { "exit_code": 0, "message": "succeeds 2" },
      { "exit_code": 0, "message": "succeeds 3" },
      { "exit_code": 1, "message": "will fail and stop here" },
      { "exit_code": 0, "message": "will not run" },
      { "exit_code": 0, "message": "will not run" }
    ]
    """)
public class LoopsArbitrarySequentialSteps {
  /** Prints the message, then exits with the code, as upstream's {@code echo …; exit …}. */
  @Template(name = "unit-step-template")
  public static void unitStepTemplate(String exit_code, String message) {
    System.out.println(message);
    if (!exit_code.equals("0")) {
      throw new IllegalStateException("exit " + exit_code);
    }
  }

  /** The entry: one unit step per element of its input, one at a time, stopping at a failure. */
  @Graph(name = "loop-arbitrary-sequential-steps-example", style = Style.STEPS, parallelism = 1,
      failFast = Graph.FailFast.ON)
  @Param("step_params")
  static class Example {
    @Script(name = "unit-step", forEach = "step_params") @Call(template = "unit-step-template")
    static void unitStep(@Value("{{item.exit_code}}") String exit_code, @Value("{{item.message}}") String message) {}
  }
}
