package dev.jera.samples.argo;

import dev.jera.Artifactory;
import dev.jera.Call;
import dev.jera.From;
import dev.jera.Output;
import dev.jera.Param;
import dev.jera.Script;
import dev.jera.Style;
import dev.jera.Template;
import dev.jera.Workflow;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Argo's {@code examples/artifactory-artifact.yaml}: the steps template {@code artifact-example} runs
 * {@code generate-artifact}, whose template {@code hello-world-to-file} stores its output artifact
 * {@code hello-art} in Artifactory, then {@code consume-artifact}, which is given that file as its input
 * artifact {@code message} (whose own location is the same Artifactory URL) and prints it.
 */
@Workflow(name = "artifactory-artifact", entrypoint = "artifact-example", style = Style.STEPS)
public class ArtifactoryArtifact {
  private static final String URL = "http://artifactory:8081/artifactory/generic-local/hello_world.tgz";

  /** Writes {@code hello world}, as upstream's {@code echo hello world | tee /tmp/hello_world.txt}. */
  @Template(name = "hello-world-to-file")
  @Output("hello-art")
  @Artifactory(url = URL, usernameSecret = "my-artifactory-credentials/username",
      passwordSecret = "my-artifactory-credentials/password")
  public static Path helloWorldToFile() throws IOException {
    return HelloWorldFile.write();
  }

  /** Prints the file, as upstream's {@code cat /tmp/message}. */
  @Template(name = "print-message-from-file")
  public static void printMessageFromFile(
      @Param("message") @Artifactory(url = URL, usernameSecret = "my-artifactory-credentials/username",
          passwordSecret = "my-artifactory-credentials/password")
      Path message) throws IOException {
    System.out.print(Files.readString(message));
  }

  @Script(name = "generate-artifact") @Call(template = "hello-world-to-file")
  static void generateArtifact() {}

  @Script(name = "consume-artifact") @Call(template = "print-message-from-file")
  static void consumeArtifact(@From(value = "generate-artifact", output = "hello-art") Path message) {}
}
