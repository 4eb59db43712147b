package dev.jera.samples.gallery;

import dev.jera.From;
import dev.jera.Script;
import dev.jera.Style;
import dev.jera.Workflow;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * After Argo's {@code examples/artifact-passing.yaml}: one step writes a file, the next reads it. A script
 * that returns a {@code java.nio.file.Path} has an output artifact, stored in the artifact repository,
 * and a {@code Path} parameter taken {@code @From} it is an input artifact, downloaded before the step
 * starts; files never travel as parameters.
 *
 * <p>Jera's own sample, not a port: the gallery shows features, so it differs from the upstream file
 * (artifact {@code hello-art} → {@code result}; templates named after steps). The faithful ports,
 * compared with the upstream files, are in {@code dev.jera.samples.argo}.
 */
@Workflow(name = "gallery-artifact-passing", style = Style.STEPS)
public class ArtifactPassing {

  @Script
  public static Path generateArtifact() throws IOException {
    Path file = Files.createTempFile("hello_world", ".txt");
    Files.writeString(file, "hello world\n");
    return file;
  }

  @Script
  public static String consumeArtifact(@From("generate-artifact") Path message) throws IOException {
    return Files.readString(message).strip();
  }
}
