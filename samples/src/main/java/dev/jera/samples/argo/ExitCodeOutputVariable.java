package dev.jera.samples.argo;

import dev.jera.ContinueOn;
import dev.jera.Script;
import dev.jera.Style;
import dev.jera.Value;
import dev.jera.Workflow;

/**
 * Argo's {@code examples/exit-code-output-variable.yaml}: {@code failing-container} exits with code 123,
 * its {@code continueOn} lets the workflow go on, and {@code echo-container} is given that exit code
 * ({@code {{steps.failing-container.exitCode}}}) as its input {@code exitCode}.
 */
@Workflow(name = "exit-code-output-variable", entrypoint = "exit-code-output-variable", style = Style.STEPS)
public class ExitCodeOutputVariable {
  /** Exits with code 123, as upstream's {@code exit 123}: the step fails with that exit code. */
  @Script(name = "failing-container", continueOn = ContinueOn.FAILED)
  public static void failingContainer() {
    System.exit(123);
  }

  @Script(name = "echo-container", after = "failing-container")
  public static void echoContainer(@Value("{{steps.failing-container.exitCode}}") String exitCode) {
    System.out.println("Exit code was: " + exitCode);
  }
}
