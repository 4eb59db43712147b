package dev.jera.samples.argo;

import dev.jera.Call;
import dev.jera.ContinueOn;
import dev.jera.Script;
import dev.jera.Style;
import dev.jera.Template;
import dev.jera.Workflow;

/**
 * Argo's {@code examples/continue-on-fail.yaml}: the steps template {@code workflow-ignore}, one pod at a
 * time, runs {@code A}, then {@code B} and {@code C}, whose template {@code intentional-fail} fails, but whose
 * {@code continueOn: failed} lets the workflow go on to {@code D}: it succeeds.
 */
@Workflow(name = "continue-on-fail", entrypoint = "workflow-ignore", style = Style.STEPS, parallelism = 1)
public class ContinueOnFail {
  /** Prints {@code hello world}, as upstream's {@code echo}. */
  @Template(name = "hello-world")
  public static void helloWorld() {
    System.out.println("hello world");
  }

  /** Fails, as upstream's {@code echo intentional failure; exit 1}. */
  @Template(name = "intentional-fail")
  public static void intentionalFail() {
    System.out.println("intentional failure");
    System.exit(1);
  }

  @Script(name = "A") @Call(template = "hello-world")
  static void a() {}

  @Script(name = "B", after = "A") @Call(template = "hello-world")
  static void b() {}

  @Script(name = "C", after = "A", continueOn = ContinueOn.FAILED) @Call(template = "intentional-fail")
  static void c() {}

  @Script(name = "D", after = {"B", "C"}) @Call(template = "hello-world")
  static void d() {}
}
