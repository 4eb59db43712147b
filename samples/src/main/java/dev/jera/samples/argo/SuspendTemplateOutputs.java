package dev.jera.samples.argo;

import dev.jera.Call;
import dev.jera.From;
import dev.jera.Output;
import dev.jera.Script;
import dev.jera.Style;
import dev.jera.Suspend;
import dev.jera.Template;
import dev.jera.Workflow;

/**
 * Argo's {@code examples/suspend-template-outputs.yaml}: the steps template {@code suspend} runs {@code approve},
 * which waits until someone resumes it and supplies its output {@code message}
 * ({@code argo node set … --output-parameter message=…}; locally {@code --resume approve:message=…}), then
 * {@code release}, which prints that message.
 */
@Workflow(name = "suspend-outputs", entrypoint = "suspend", style = Style.STEPS, generateName = false,
    labels = "workflows.argoproj.io/no-test=environment")
public class SuspendTemplateOutputs {
  /** Waits until resumed; its output {@code message} is supplied then. */
  @Template @Suspend @Output("message")
  public static String approve() {
    return null;
  }

  /** Prints its input, as upstream's {@code echo}. */
  @Template(name = "print-message")
  public static void printMessage(String message) {
    System.out.println(message);
  }

  @Script(name = "approve") @Call(template = "approve")
  static void approveStep() {}

  @Script(after = "approve") @Call(template = "print-message")
  static void release(@From(value = "approve", output = "message") String message) {}
}
