package dev.jera.samples.argo;

import dev.jera.Call;
import dev.jera.From;
import dev.jera.Graph;
import dev.jera.Output;
import dev.jera.Param;
import dev.jera.Script;
import dev.jera.Style;
import dev.jera.Template;
import dev.jera.Value;
import dev.jera.Workflow;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Argo's {@code examples/nested-workflow.yaml}: {@code generate} leaves the output parameter
 * {@code out-parameter} and the output file {@code out-artifact}; the steps template {@code nested-wf}
 * takes them as its inputs {@code nested-in-parameter} and {@code nested-in-artifact}, hands them to
 * {@code consume} while running {@code generate} again beside it, and gives that run's outputs as its own
 * {@code nested-out-parameter} and {@code nested-out-artifact}, which the last step consumes.
 */
@Workflow(name = "nested-workflow", entrypoint = "nested-workflow-example", style = Style.STEPS,
    labels = "workflows.argoproj.io/no-test=environment")
public class NestedWorkflow {
  /** The parameter's text and the file. */
  public record Generated(
      @Output("out-parameter") String outParameter,
      @Output("out-artifact") Path outArtifact) {}

  /** Writes "hello world" to a file, prints it, and leaves it with the parameter "my-output-parameter". */
  @Template
  public static Generated generate() throws IOException {
    Path file = Files.createTempFile("my-output-artifact", ".txt");
    Files.writeString(file, "hello world\n");
    System.out.println("hello world");
    return new Generated("my-output-parameter\n", file);
  }

  /** Prints its parameter and its file. */
  @Template
  public static void consume(@Param("in-parameter") String inParameter, @Param("in-artifact") Path inArtifact)
      throws IOException {
    System.out.println("input parameter value: " + inParameter);
    System.out.println("input artifact contents:");
    System.out.print(Files.readString(inArtifact));
  }

  /** Consumes its inputs while generating new outputs, which become its own. */
  @Graph(name = "nested-wf", style = Style.STEPS)
  @Param("nested-in-parameter")
  @Param(value = "nested-in-artifact", type = Path.class)
  @Output(value = "nested-out-parameter", from = "generate", output = "out-parameter")
  @Output(value = "nested-out-artifact", from = "generate", output = "out-artifact")
  static class NestedWf {
    @Script(name = "consume") @Call(template = "consume")
    static void consume(@Value("{{inputs.parameters.nested-in-parameter}}") String inParameter,
        @Value("{{inputs.artifacts.nested-in-artifact}}") Path inArtifact) {}

    @Script(name = "generate") @Call(template = "generate")
    static void generate() {}
  }

  @Script(name = "generate") @Call(template = "generate")
  static void generateStep() {}

  @Script(name = "nested-wf", after = "generate") @Call(template = "nested-wf")
  static void nestedWf(@From(value = "generate", output = "out-parameter") String nestedInParameter,
      @From(value = "generate", output = "out-artifact") Path nestedInArtifact) {}

  @Script(name = "consume", after = "nested-wf") @Call(template = "consume")
  static void consumeStep(@From(value = "nested-wf", output = "nested-out-parameter") String inParameter,
      @From(value = "nested-wf", output = "nested-out-artifact") Path inArtifact) {}
}
