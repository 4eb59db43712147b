package dev.jera.samples.gallery;

import dev.jera.S3;
import dev.jera.Script;
import dev.jera.Workflow;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * After Argo's {@code examples/output-artifact-s3.yaml}: the file a step returns is stored at a chosen key of
 * a chosen bucket instead of the artifact repository's default key, with the credentials in the Secret
 * {@code my-s3-credentials}. Locally the file stays in the run's record, and the step's log says where
 * Argo would have stored it.
 *
 * <p>Jera's own sample, not a port: the gallery shows features, so it differs from the upstream file
 * (the output is the returned file {@code result}, not {@code message} of all of {@code /tmp}; {@code main}).
 * The faithful ports, compared with the upstream files, are in {@code dev.jera.samples.argo}.
 */
@Workflow(name = "gallery-output-artifact-s3")
public class OutputArtifactS3 {

  @Script
  @S3(endpoint = "s3.amazonaws.com", bucket = "my-bucket", region = "us-west-2", key = "path/in/bucket/hello_world.txt.tgz",
      accessKeySecret = "my-s3-credentials/accessKey", secretKeySecret = "my-s3-credentials/secretKey")
  public static Path helloWorldToFile() throws IOException {
    Path file = Files.createTempFile("hello_world", ".txt");
    Files.writeString(file, "hello world\n");
    return file;
  }
}
