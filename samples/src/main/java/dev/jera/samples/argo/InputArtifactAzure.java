package dev.jera.samples.argo;

import dev.jera.Azure;
import dev.jera.Param;
import dev.jera.Template;
import dev.jera.Workflow;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Argo's {@code examples/input-artifact-azure.yaml}: the template lists its input artifact
 * {@code my-art}, fetched from the Azure Blob Storage container {@code my-container} with the account
 * key of the Secret {@code my-azure-credentials}. Upstream's template keeps the name of the S3 example
 * it was copied from, {@code input-artifact-s3-example}; so does the port.
 */
@Workflow(
    name = "input-artifact-azure",
    entrypoint = "input-artifact-s3-example",
    labels = "workflows.argoproj.io/no-test=environment")
public class InputArtifactAzure {
  /** Lists the artifact, as upstream's {@code ls -l /my-artifact}. */
  @Template(name = "input-artifact-s3-example")
  public static void inputArtifactS3Example(
      @Param("my-art")
      @Azure(endpoint = "https://myazurestorageaccountname.blob.core.windows.net", container = "my-container",
          blob = "path/in/container", accountKeySecret = "my-azure-credentials/accountKey")
      Path myArt) throws IOException {
    InputArtifactListing.list(myArt);
  }
}
