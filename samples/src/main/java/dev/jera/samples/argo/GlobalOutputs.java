package dev.jera.samples.argo;

import dev.jera.Call;
import dev.jera.Graph;
import dev.jera.Output;
import dev.jera.Script;
import dev.jera.Style;
import dev.jera.Template;
import dev.jera.Value;
import dev.jera.Workflow;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Argo's {@code examples/global-outputs.yaml}: {@code generate} leaves "hello world" as the output
 * parameter {@code hello-param} and the output artifact {@code hello-art}, exported as the workflow's
 * {@code my-global-param} and {@code my-global-art}; the steps template {@code consume-globals} reads
 * both, once as the entrypoint's second step and once as the exit handler.
 */
@Workflow(name = "global-outputs", entrypoint = "generate-globals", style = Style.STEPS, onExit = "consume-globals")
public class GlobalOutputs {
  /** The file and its text, each an output exported to the workflow. */
  public record Hello(
      @Output(value = "hello-param", global = "my-global-param") String helloParam,
      @Output(value = "hello-art", global = "my-global-art") Path helloArt) {}

  /** Writes "hello world" to a file and leaves it as both outputs. */
  @Template(name = "global-output")
  public static Hello globalOutput() throws IOException, InterruptedException {
    Thread.sleep(1000);
    Path file = Files.createTempFile("hello_world", ".txt");
    Files.writeString(file, "hello world");
    return new Hello("hello world", file);
  }

  /** Prints the workflow's global output parameter, its input's value. */
  @Template(name = "consume-global-param")
  public static void consumeGlobalParam(@Value("{{workflow.outputs.parameters.my-global-param}}") String param) {
    System.out.println(param);
  }

  /** Prints its input file. */
  @Template(name = "consume-global-art")
  public static void consumeGlobalArt(Path art) throws IOException {
    System.out.print(Files.readString(art));
  }

  /** Reads both global outputs in parallel. */
  @Graph(name = "consume-globals", style = Style.STEPS)
  static class ConsumeGlobals {
    @Script(name = "consume-global-param") @Call(template = "consume-global-param")
    static void consumeGlobalParam() {}

    @Script(name = "consume-global-art") @Call(template = "consume-global-art")
    static void consumeGlobalArt(@Value("{{workflow.outputs.artifacts.my-global-art}}") Path art) {}
  }

  @Script(name = "generate") @Call(template = "global-output")
  static void generate() {}

  @Script(name = "consume-globals", after = "generate") @Call(template = "consume-globals")
  static void consumeGlobals() {}
}
