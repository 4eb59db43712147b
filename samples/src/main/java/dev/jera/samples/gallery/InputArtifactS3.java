package dev.jera.samples.gallery;

import dev.jera.S3;
import dev.jera.Script;
import dev.jera.Workflow;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * After Argo's {@code examples/input-artifact-s3.yaml}: a hard-wired input artifact from an S3-compatible
 * store (AWS, GCS in interoperability mode, MinIO), downloaded before the step starts. The credentials
 * are keys of the Secret {@code my-s3-credentials}
 * ({@code kubectl create secret generic my-s3-credentials --from-literal=accessKey=… --from-literal=secretKey=…}).
 * Needs the bucket, so it is compiled and checked here, not run.
 *
 * <p>Jera's own sample, not a port: the gallery shows features, so it differs from the upstream file
 * (artifact {@code my-art}, template name, {@code main}). The faithful ports, compared with the upstream
 * files, are in {@code dev.jera.samples.argo}.
 */
@Workflow(name = "gallery-input-artifact-s3")
public class InputArtifactS3 {

  @Script
  public static List<String> listArtifact(
      @S3(endpoint = "s3.amazonaws.com", bucket = "my-bucket-name", key = "path/in/bucket", region = "us-west-2",
          accessKeySecret = "my-s3-credentials/accessKey", secretKeySecret = "my-s3-credentials/secretKey")
      Path artifact) throws IOException {
    return ArtifactListing.list(artifact);
  }
}
