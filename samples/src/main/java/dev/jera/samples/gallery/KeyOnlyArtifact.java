package dev.jera.samples.gallery;

import dev.jera.S3;
import dev.jera.Script;
import dev.jera.Workflow;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * After Argo's {@code examples/key-only-artifact.yaml}: a step stores its file at a key of the artifact
 * repository ({@code @S3(key)} alone), and a later step reads the file at that key. Locally the reader
 * gets the file the writer left in the run's record.
 *
 * <p>Jera's own sample, not a port: the gallery shows features, so it differs from the upstream file
 * (Java steps instead of argosay, output and input named {@code result} and {@code file}).
 * The faithful ports, compared with the upstream files, are in {@code dev.jera.samples.argo}.
 */
@Workflow(name = "gallery-key-only-artifact")
public class KeyOnlyArtifact {

  @Script
  @S3(key = "my-file")
  public static Path generate() throws IOException {
    Path file = Files.createTempFile("file", ".txt");
    Files.writeString(file, "hello");
    return file;
  }

  @Script(after = "generate")
  public static String consume(@S3(key = "my-file") Path file) throws IOException {
    return Files.readString(file);
  }
}
