package dev.jera.samples.gallery;

import dev.jera.Gcs;
import dev.jera.Script;
import dev.jera.Workflow;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Argo's {@code examples/input-artifact-gcs.yaml}: a hard-wired input artifact from Google Cloud
 * Storage, read with the service account key in the Secret {@code my-gcs-credentials} (leave the key
 * out to use workload identity). Needs the bucket, so it is compiled and checked here, not run.
 */
@Workflow(name = "gallery-input-artifact-gcs")
public class InputArtifactGcs {

  @Script
  public static List<String> listArtifact(
      @Gcs(bucket = "my-bucket-name", key = "path/in/bucket", serviceAccountKeySecret = "my-gcs-credentials/serviceAccountKey")
      Path artifact) throws IOException {
    return ArtifactListing.list(artifact);
  }
}
