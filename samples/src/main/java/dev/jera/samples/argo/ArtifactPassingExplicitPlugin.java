package dev.jera.samples.argo;

import dev.jera.ArtifactPlugin;
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
 * Argo's {@code examples/artifact-passing-explicit-plugin.yaml}: {@code artifact-passing.yaml} with the
 * output artifact {@code hello-art} stored by the artifact driver plugin {@code test} under the key
 * {@code hi}. Upstream's {@code generateName} is {@code artifact-passing-}, that of the example it copies;
 * this port is named after its file, as one compilation holds both.
 */
@Workflow(name = "artifact-passing-explicit-plugin", entrypoint = "artifact-example", style = Style.STEPS)
public class ArtifactPassingExplicitPlugin {
  /** Writes {@code hello world} to a file, as upstream's {@code echo hello world | tee /tmp/hello_world.txt}. */
  @Template(name = "hello-world-to-file")
  @Output("hello-art")
  @ArtifactPlugin(name = "test", key = "hi", configuration = """
      bucket: my-bucket
      endpoint: minio:9000
      insecure: true
      accessKeySecret:
        name: my-minio-cred
        key: accesskey
      secretKeySecret:
        name: my-minio-cred
        key: secretkey
      """)
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
