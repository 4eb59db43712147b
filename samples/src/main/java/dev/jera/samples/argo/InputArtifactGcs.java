package dev.jera.samples.argo;

import dev.jera.Gcs;
import dev.jera.Param;
import dev.jera.Template;
import dev.jera.Workflow;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Argo's {@code examples/input-artifact-gcs.yaml}: the template {@code input-artifact-gcs-example} lists
 * its input artifact {@code my-art}, fetched from the GCS bucket {@code my-bucket-name} with the service
 * account key in the Secret {@code my-gcs-credentials}.
 */
@Workflow(name = "input-artifact-gcs", entrypoint = "input-artifact-gcs-example")
public class InputArtifactGcs {
  /** Lists the artifact, as upstream's {@code ls -l /my-artifact}. */
  @Template
  public static void inputArtifactGcsExample(
      @Param("my-art")
      @Gcs(bucket = "my-bucket-name", key = "path/in/bucket", serviceAccountKeySecret = "my-gcs-credentials/serviceAccountKey")
      Path myArt) throws IOException {
    InputArtifactListing.list(myArt);
  }
}
