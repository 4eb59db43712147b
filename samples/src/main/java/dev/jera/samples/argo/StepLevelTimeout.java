package dev.jera.samples.argo;

import dev.jera.Call;
import dev.jera.ContinueOn;
import dev.jera.Script;
import dev.jera.Style;
import dev.jera.Template;
import dev.jera.Value;
import dev.jera.Workflow;

/**
 * Argo's {@code examples/step-level-timeout.yaml}: the steps {@code sleep1} and {@code sleep2} call the
 * template {@code sleep}, which sleeps 30 seconds, each with the input {@code timeout} of 10s, which is the
 * template's timeout: both are stopped after ten seconds and fail. {@code sleep2} continues on a failure,
 * {@code sleep1} only on an error, so the workflow fails.
 */
@Workflow(
    name = "steps-tmpl-timeout",
    entrypoint = "sleep-sleep",
    style = Style.STEPS,
    labels = "workflows.argoproj.io/no-test=environment")
public class StepLevelTimeout {
  /** Sleeps 30 seconds, as upstream's {@code sleep 30s}; its input {@code timeout} stops it sooner. */
  @Template(timeout = "{{inputs.parameters.timeout}}")
  public static void sleep(String timeout) throws InterruptedException {
    Thread.sleep(30_000);
  }

  @Script(name = "sleep1", continueOn = ContinueOn.ERROR) @Call(template = "sleep")
  static void sleep1(@Value("10s") String timeout) {}

  @Script(name = "sleep2", continueOn = ContinueOn.FAILED) @Call(template = "sleep")
  static void sleep2(@Value("10s") String timeout) {}
}
