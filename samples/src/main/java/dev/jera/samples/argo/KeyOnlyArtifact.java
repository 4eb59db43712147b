package dev.jera.samples.argo;

import dev.jera.Call;
import dev.jera.Output;
import dev.jera.Param;
import dev.jera.S3;
import dev.jera.Script;
import dev.jera.Template;
import dev.jera.Workflow;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Argo's {@code examples/key-only-artifact.yaml}: in the DAG {@code main}, {@code generate} leaves the
 * output artifact {@code file} at the key {@code my-file} of the artifact repository, and {@code consume},
 * after it, reads its input artifact {@code file} from that key.
 */
@Workflow(name = "key-only-artifacts", entrypoint = "main")
public class KeyOnlyArtifact {
  /** Writes {@code hello}, as upstream's {@code argosay echo hello /mnt/file}. */
  @Template
  @Output("file")
  @S3(key = "my-file")
  public static Path generate() throws IOException {
    return Files.writeString(Files.createTempFile("file", ".txt"), "hello");
  }

  /** Prints the file, as upstream's {@code argosay cat /tmp/file}. */
  @Template
  public static void consume(@Param("file") @S3(key = "my-file") Path file) throws IOException {
    System.out.println(Files.readString(file));
  }

  @Script(name = "generate") @Call(template = "generate")
  static void generateStep() {}

  @Script(name = "consume", after = "generate") @Call(template = "consume")
  static void consumeStep() {}
}
