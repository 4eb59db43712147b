package dev.jera.samples.argo;

import dev.jera.Param;
import dev.jera.S3;
import dev.jera.Template;
import dev.jera.Workflow;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Argo's {@code examples/input-artifact-s3.yaml}: the template {@code input-artifact-s3-example} lists
 * its input artifact {@code my-art}, fetched from the S3 bucket {@code my-bucket-name} with the
 * credentials of the Secret {@code my-s3-credentials}.
 */
@Workflow(name = "input-artifact-s3", entrypoint = "input-artifact-s3-example")
public class InputArtifactS3 {
  /** Lists the artifact, as upstream's {@code ls -l /my-artifact}. */
  @Template
  public static void inputArtifactS3Example(
      @Param("my-art")
      @S3(endpoint = "s3.amazonaws.com", bucket = "my-bucket-name", key = "path/in/bucket", region = "us-west-2",
          accessKeySecret = "my-s3-credentials/accessKey", secretKeySecret = "my-s3-credentials/secretKey")
      Path myArt) throws IOException {
    InputArtifactListing.list(myArt);
  }
}
