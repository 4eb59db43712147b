package dev.jera.samples.argo;

import dev.jera.Call;
import dev.jera.From;
import dev.jera.Hook;
import dev.jera.Output;
import dev.jera.Script;
import dev.jera.Style;
import dev.jera.Template;
import dev.jera.Workflow;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Argo's {@code examples/exit-handler-with-artifacts.yaml}: the steps template {@code main} runs
 * {@code step-1}, whose template {@code output} leaves the output artifact {@code result}; its exit hook
 * gives that file to the template {@code exit} as its input artifact {@code message}, which prints it.
 */
@Workflow(name = "exit-handler-with-artifacts", entrypoint = "main", style = Style.STEPS,
    annotations = {"workflows.argoproj.io/description=onExitTemplate enables workflow to pass the arguments"
        + " (parameters/Artifacts) to exit handler template.\n", "workflows.argoproj.io/version=>= 3.1.0"})
public class ExitHandlerWithArtifacts {
  /** Writes {@code Welcome} to a file, as upstream's Python script writes {@code result.txt}. */
  @Template
  @Output("result")
  public static Path output() throws IOException {
    Path file = Files.createTempFile("result", ".txt");
    Files.writeString(file, "Welcome");
    return file;
  }

  /** Prints the file, as upstream's {@code cat /tmp/message}. */
  @Template
  public static void exit(Path message) throws IOException {
    System.out.print(Files.readString(message));
  }

  @Script(name = "step-1") @Call(template = "output")
  static void step1() {}

  /** step-1's exit hook, given its output artifact {@code result}. */
  @Hook(on = "step-1") @Call(template = "exit")
  static void step1Exit(@From(value = "step-1", output = "result") Path message) {}
}
