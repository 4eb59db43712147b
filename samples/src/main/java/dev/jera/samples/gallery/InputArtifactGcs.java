package dev.jera.samples.gallery;

import dev.jera.Gcs;
import dev.jera.Script;
import dev.jera.Workflow;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * After Argo's {@code examples/input-artifact-gcs.yaml}: a hard-wired input artifact from Google Cloud
 * Storage, read with the service account key in the Secret {@code my-gcs-credentials} (leave the key
 * out to use workload identity). Needs the bucket, so it is compiled and checked here, not run.
 *
 * <p>Jera's own sample, not a port: the gallery shows features, so it differs from the upstream file
 * (artifact {@code my-art}, template name, {@code main}). The faithful ports, compared with the upstream
 * files, are in {@code dev.jera.samples.argo}.
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
