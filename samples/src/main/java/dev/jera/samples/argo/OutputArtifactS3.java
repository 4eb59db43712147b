package dev.jera.samples.argo;

import dev.jera.Output;
import dev.jera.S3;
import dev.jera.Template;
import dev.jera.Workflow;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Argo's {@code examples/output-artifact-s3.yaml}: the template {@code hello-world-to-file} leaves the
 * output artifact {@code message}, stored in the S3 bucket {@code my-bucket} under
 * {@code path/in/bucket/hello_world.txt.tgz} with the credentials of the Secret {@code my-s3-credentials}.
 */
@Workflow(name = "output-artifact-s3", entrypoint = "hello-world-to-file")
public class OutputArtifactS3 {
  /** Writes {@code hello world}, as upstream's {@code echo hello world | tee /tmp/hello_world.txt}. */
  @Template(name = "hello-world-to-file")
  @Output("message")
  @S3(endpoint = "s3.amazonaws.com", bucket = "my-bucket", region = "us-west-2", key = "path/in/bucket/hello_world.txt.tgz",
      accessKeySecret = "my-s3-credentials/accessKey", secretKeySecret = "my-s3-credentials/secretKey")
  public static Path helloWorldToFile() throws IOException {
    return HelloWorldFile.write();
  }
}
