package dev.jera.samples.argo;

import dev.jera.Call;
import dev.jera.Graph;
import dev.jera.Script;
import dev.jera.Style;
import dev.jera.Template;
import dev.jera.Value;
import dev.jera.Workflow;

/**
 * Argo's {@code examples/exit-handlers.yaml}: the entrypoint {@code intentional-fail} fails on purpose;
 * then the exit handler, the steps template {@code exit-handler}, sends an "e-mail" (prints the workflow's
 * name, status, duration and failed steps) and, beside it, celebrates or cries by the workflow's status.
 * Upstream's containers read {@code {{workflow.…}}} in their commands; the Java templates receive them
 * through inputs fixed to those values.
 */
@Workflow(name = "exit-handlers", entrypoint = "intentional-fail", onExit = "exit-handler",
    labels = "workflows.argoproj.io/no-test=expected-failure")
public class ExitHandlers {
  /** Fails, as upstream's {@code exit 1}. */
  @Template(name = "intentional-fail")
  public static void intentionalFail() {
    System.out.println("intentional failure");
    throw new IllegalStateException("exit 1");
  }

  /** Prints what an e-mail about the run would say. */
  @Template(name = "send-email")
  public static void sendEmail(@Value("{{workflow.name}}") String name, @Value("{{workflow.status}}") String status,
      @Value("{{workflow.duration}}") String duration, @Value("{{workflow.failures}}") String failures) {
    System.out.println("send e-mail: " + name + " " + status + " " + duration + ". Failed steps " + failures);
  }

  @Template
  public static void celebrate() {
    System.out.println("hooray!");
  }

  @Template
  public static void cry() {
    System.out.println("boohoo!");
  }

  /** The exit handler: notify, and celebrate or cry, side by side. */
  @Graph(name = "exit-handler", style = Style.STEPS)
  static class ExitHandler {
    @Script(name = "notify") @Call(template = "send-email")
    static void sendEmail() {}

    @Script(name = "celebrate", when = "{{workflow.status}} == Succeeded") @Call(template = "celebrate")
    static void celebrate() {}

    @Script(name = "cry", when = "{{workflow.status}} != Succeeded") @Call(template = "cry")
    static void cry() {}
  }
}
