package dev.jera.samples.argo;

import dev.jera.Call;
import dev.jera.Script;
import dev.jera.Template;
import dev.jera.Value;
import dev.jera.Workflow;

/**
 * Argo's {@code examples/dag-task-level-timeout.yaml}: the DAG {@code diamond} runs A, then B and C, each
 * calling the template {@code echo}, which sleeps 15 seconds, with its own timeout as the input
 * {@code timeout}: A and C (20s) succeed, B (10s) is stopped and fails, and so does the workflow.
 */
@Workflow(
    name = "dag-task-level-timeout",
    entrypoint = "diamond",
    labels = "workflows.argoproj.io/no-test=expected-failure")
public class DagTaskLevelTimeout {
  /** Sleeps 15 seconds, as upstream's {@code sleep 15s}; its input {@code timeout} may stop it sooner. */
  @Template(timeout = "{{inputs.parameters.timeout}}")
  public static void echo(String timeout) throws InterruptedException {
    Thread.sleep(15_000);
  }

  @Script(name = "A") @Call(template = "echo")
  static void a(@Value("20s") String timeout) {}

  @Script(name = "B", after = "A") @Call(template = "echo")
  static void b(@Value("10s") String timeout) {}

  @Script(name = "C", after = "A") @Call(template = "echo")
  static void c(@Value("20s") String timeout) {}
}
