package dev.jera.samples.argo;

import dev.jera.Call;
import dev.jera.From;
import dev.jera.Hook;
import dev.jera.Output;
import dev.jera.Script;
import dev.jera.Style;
import dev.jera.Template;
import dev.jera.Workflow;

/**
 * Argo's {@code examples/exit-handler-with-param.yaml}: the steps template {@code main} runs {@code step-1},
 * whose template {@code output} exports the output parameter {@code result} (default {@code Foobar}); its
 * exit hook passes that value to the template {@code exit} as its input {@code message}, which prints it.
 */
@Workflow(name = "exit-handler-with-param", entrypoint = "main", style = Style.STEPS,
    annotations = {"workflows.argoproj.io/description=onExitTemplate enables workflow to pass the arguments"
        + " (parameters/Artifacts) to exit handler template.\n", "workflows.argoproj.io/version=>= 3.1.0"})
public class ExitHandlerWithParam {
  /** Writes {@code hello world}, as upstream's {@code echo -n hello world > /tmp/hello_world.txt}. */
  @Template
  @Output(value = "result", defaultValue = "Foobar")
  public static String output() {
    return "hello world";
  }

  /** Prints its input, as upstream's Python {@code print}. */
  @Template
  public static void exit(String message) {
    System.out.println(message);
  }

  @Script(name = "step-1") @Call(template = "output")
  static void step1() {}

  /** step-1's exit hook, given its output {@code result}. */
  @Hook(on = "step-1") @Call(template = "exit")
  static void step1Exit(@From(value = "step-1", output = "result") String message) {}
}
