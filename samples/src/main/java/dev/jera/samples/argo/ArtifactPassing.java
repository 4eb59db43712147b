package dev.jera.samples.argo;

import dev.jera.Call;
import dev.jera.From;
import dev.jera.Output;
import dev.jera.Script;
import dev.jera.Style;
import dev.jera.Template;
import dev.jera.Workflow;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Argo's {@code examples/artifact-passing.yaml}: the steps template {@code artifact-example} runs
 * {@code generate-artifact}, whose template {@code hello-world-to-file} leaves the output artifact
 * {@code hello-art}, then {@code consume-artifact}, which is given that file as its input artifact
 * {@code message} and prints it.
 */
@Workflow(name = "artifact-passing", entrypoint = "artifact-example", style = Style.STEPS)
public class ArtifactPassing {
  /** Writes {@code hello world} to a file, as upstream's {@code echo hello world | tee /tmp/hello_world.txt}. */
  @Template(name = "hello-world-to-file")
  @Output("hello-art")
  public static Path helloWorldToFile() throws IOException, InterruptedException {
    Thread.sleep(1000);
    return HelloWorldFile.write();
  }

  /** Prints the file, as upstream's {@code cat /tmp/message}. */
  @Template(name = "print-message-from-file")
  public static void printMessageFromFile(Path message) throws IOException {
    System.out.print(Files.readString(message));
  }

  @Script(name = "generate-artifact") @Call(template = "hello-world-to-file")
  static void generateArtifact() {}

  @Script(name = "consume-artifact") @Call(template = "print-message-from-file")
  static void consumeArtifact(@From(value = "generate-artifact", output = "hello-art") Path message) {}
}
