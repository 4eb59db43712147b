package dev.jera.samples.outputs;

import dev.jera.Container;
import dev.jera.Env;
import dev.jera.From;
import dev.jera.Output;
import dev.jera.Script;
import dev.jera.Style;
import dev.jera.Value;
import dev.jera.Workflow;

/**
 * A value exported as a global output and read by a later step as {@code {{workflow.outputs.parameters.…}}},
 * and a container command that writes its output where {@code {{outputs.parameters.<name>.path}}} says.
 */
@Workflow(name = "global-and-command-outputs", style = Style.STEPS, image = "registry.example.com/outputs:1.0")
public class GlobalAndCommandOutputs {
  @Script
  @Output(value = "greeting", global = "last-greeting")
  public static String greet() {
    return "hello";
  }

  @Script(after = "greet")
  public static String shout(@Value("{{workflow.outputs.parameters.last-greeting}}") String greeting) {
    return greeting.toUpperCase() + "!";
  }

  @Script
  @Container(image = "busybox:1.36", command = {"sh", "-c"}, args = {"printf 42 > \"$OUT\""})
  @Env(name = "OUT", value = "{{outputs.parameters.answer.path}}")
  @Output("answer")
  public static int answer() {
    return 0;
  }

  @Script
  public static int twice(@From(value = "answer", output = "answer") int answer) {
    return 2 * answer;
  }
}
