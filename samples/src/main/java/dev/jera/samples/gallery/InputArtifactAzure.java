package dev.jera.samples.gallery;

import dev.jera.Azure;
import dev.jera.Script;
import dev.jera.Workflow;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * After Argo's {@code examples/input-artifact-azure.yaml}: a hard-wired input artifact from Azure Blob
 * Storage, read with the account key in the Secret {@code my-azure-credentials} (or set
 * {@code useSdkCreds = true} for the pod's Azure identity). Needs the storage account, so it is compiled
 * and checked here, and run locally only with a local copy ({@code --artifact list-artifact.myArt=PATH}).
 *
 * <p>Jera's own sample, not a port: the gallery shows features, so it differs from the upstream file
 * (artifact {@code myArt}, template name, {@code main}).
 * The faithful ports, compared with the upstream files, are in {@code dev.jera.samples.argo}.
 */
@Workflow(name = "gallery-input-artifact-azure")
public class InputArtifactAzure {

  @Script
  public static List<String> listArtifact(
      @Azure(endpoint = "https://myazurestorageaccountname.blob.core.windows.net", container = "my-container",
          blob = "path/in/container", accountKeySecret = "my-azure-credentials/accountKey")
      Path myArt) throws IOException {
    return ArtifactListing.list(myArt);
  }
}
